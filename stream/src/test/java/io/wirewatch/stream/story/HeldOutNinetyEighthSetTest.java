package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout98/TRUTH.md}) on 7 December 2026 under the brief of sets 61-96, after
 * the joins on recapped words were chosen, and read once: six stories, two in other languages (German, Spanish), in
 * Scottish, German, Australian financial, Spanish, US and Canadian styles (a fatal ammonia leak at a fish plant, Q
 * fever after a spring market, a lithium miner's auditor resigns, a mayor arrested over a water contract, meteorites
 * stolen from a college museum, 911 down by an expired certificate); eight developments told in new words, one of 83
 * words, four long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.967 (P 1.00, R 0.94), 8/9, 3/13.
 */
class HeldOutNinetyEighthSetTest extends BlindSetTest {
    HeldOutNinetyEighthSetTest() {
        super("followups-heldout98", new Floors(9, 8, 13, 3, 0.93, 1.00, 0.96, 16));
    }
}
