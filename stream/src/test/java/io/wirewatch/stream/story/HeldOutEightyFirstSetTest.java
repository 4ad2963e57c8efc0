package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout81/TRUTH.md}) on 7 December 2026 under the brief of sets 61-80 (at
 * least five developments told in the words of whoever now speaks): six stories, two in other languages (German, Spanish), in German, Spanish, British financial, US, Australian and New Zealand styles (an ammonia leak at a cold store, trichinellosis from home-made sausage, a payroll firm's auditor resigns, a 911 outage, beehives stolen, a bridge closed after a flood); seven developments told in new words, one of 75 words, five long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.789 (P 1.00, R 0.65), 4/9, 6/13 (merges resolved the same); with the join on close meaning and near words: 0.844, 5/9.
 */
class HeldOutEightyFirstSetTest extends BlindSetTest {
    HeldOutEightyFirstSetTest() {
        super("followups-heldout81", new Floors(9, 5, 13, 6, 0.73, 1.00, 0.84, 16));
    }
}
