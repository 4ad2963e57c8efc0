package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout85/TRUTH.md}) on 7 December 2026 under the brief of sets 61-84, after
 * the German, Spanish and French disclaimers and the join on close meaning and near words: six stories, two in other
 * languages (Spanish, German), in Australian, British, US financial, Spanish, German and Canadian styles
 * (leptospirosis after a mud run, a tidal barrier fails in a surge, a cold-store company's finance chief quits,
 * Iberian hams stolen, a fish kill below a biogas plant, a curling rink roof collapses); six developments told in new
 * words, one of 80 words, four long rewrites; six look-alikes, three on the same ground. Floors, not the figures.
 * Replayed live in this engine (each file half an hour after its publication time): F1 0.914 (P 1.00, R 0.84), 6/9,
 * 3/13 (merges resolved the same), as before the changes of that night.
 */
class HeldOutEightyFifthSetTest extends BlindSetTest {
    HeldOutEightyFifthSetTest() {
        super("followups-heldout85", new Floors(9, 6, 13, 3, 0.84, 1.00, 0.91, 16));
    }
}
