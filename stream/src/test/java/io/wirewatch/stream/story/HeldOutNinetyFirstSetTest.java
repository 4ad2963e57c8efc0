package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout91/TRUTH.md}) on 7 December 2026 under the brief of sets 61-88, after
 * the last change of that night, and read once: six stories, two in other languages (German, Spanish), in German, New
 * Zealand, Canadian financial, British, Spanish and US styles (chlorine gas at a town pool, leptospirosis after a mud
 * race, a cold-storage company's auditor goes, a software update cuts prepayment meters, olive oil stolen from a
 * cooperative, a tied village election drawn by lot); eight developments told in new words, one of 63 words, four long
 * rewrites; six look-alikes, four on the same ground. Floors, not the figures. First replay, this engine read live
 * (each file half an hour after its publication time): F1 0.904 (P 1.00, R 0.83), 5/9, 2/13 (merges resolved the same,
 * as with the code before that night's changes).
 */
class HeldOutNinetyFirstSetTest extends BlindSetTest {
    HeldOutNinetyFirstSetTest() {
        super("followups-heldout91", new Floors(9, 5, 13, 2, 0.82, 1.00, 0.90, 16));
    }
}
