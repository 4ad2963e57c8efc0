package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout99/TRUTH.md}) on 7 December 2026 under the brief of sets 61-96, after
 * the joins on recapped words were chosen, and read once: six stories, two in other languages (German, Spanish), in
 * Austrian, Chilean, British financial, US, Australian and Canadian styles (a gondola lift stops and 58 are rescued,
 * shellfish poisoning from illegally harvested mussels, a cold-storage company's auditor resigns, nine boxcars of
 * copper vanish, a false tsunami warning, a fish kill below a potato plant); eight developments told in new words, one
 * of 78 words, five long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay,
 * this engine read live (each file half an hour after its publication time): F1 0.814 (P 0.92, R 0.73), 4/9, 4/13.
 */
class HeldOutNinetyNinthSetTest extends BlindSetTest {
    HeldOutNinetyNinthSetTest() {
        super("followups-heldout99", new Floors(9, 4, 13, 4, 0.73, 0.92, 0.81, 15));
    }
}
