package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout89/TRUTH.md}) on 7 December 2026 under the brief of sets 61-88, after
 * the last change of that night, and read once: six stories, two in other languages (Spanish, German), in Scottish,
 * British financial, Spanish, Austrian, South African and Canadian styles (a ferry ramp collapses, a cocoa merchant's
 * unauthorised trading, leptospirosis after a mud race, meteorites stolen from a museum, a firmware update cuts
 * prepaid meters, an airline grounded over maintenance records); seven developments told in new words, one of 56
 * words, four long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.865 (P 1.00, R 0.76), 4/9, 5/13 (merges
 * resolved the same); 0.789 with the code before that night's changes: the join on close meaning and near words
 * brought in the merchant's credit-line filing and its auditor's resignation.
 */
class HeldOutEightyNinthSetTest extends BlindSetTest {
    HeldOutEightyNinthSetTest() {
        super("followups-heldout89", new Floors(9, 4, 13, 5, 0.76, 1.00, 0.86, 16));
    }
}
