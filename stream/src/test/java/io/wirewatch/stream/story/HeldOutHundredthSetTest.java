package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout100/TRUTH.md}) on 7 December 2026 under the brief of sets 61-96, after
 * the joins on recapped words were chosen, and read once: six stories, two in other languages (German, Spanish), in
 * Australian, US, British financial, South African, German and Argentine styles (leptospirosis after a river swim, a
 * firmware update shuts water-meter valves, a wind-blade maker's defects and lender standstill, a molasses tank
 * bursts, a canal lock gate fails, frozen polo-horse embryos stolen); six developments told in new words, one of 88
 * words, five long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.923 (P 1.00, R 0.86), 7/9, 7/13; 0.865
 * without the join on recapped words with close meaning (a covenant standstill joined its profit warning).
 */
class HeldOutHundredthSetTest extends BlindSetTest {
    HeldOutHundredthSetTest() {
        super("followups-heldout100", new Floors(9, 7, 13, 7, 0.85, 1.00, 0.92, 16));
    }
}
