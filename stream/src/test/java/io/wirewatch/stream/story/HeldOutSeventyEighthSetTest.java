package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout78/TRUTH.md}) on 7 December 2026 under the brief of sets 61-76 (at
 * least five developments told in the words of whoever now speaks), after the candidates through an article's other
 * terms: six stories, two in other languages (Spanish, German), in Australian, Spanish, British financial, German,
 * Canadian and US styles (a grain-dust explosion at an export terminal, leptospirosis after a reservoir triathlon, a
 * container lessor's accounts, unopened postal ballots after a mayoral election, a meteorite stolen from a museum, a
 * 911 outage); seven developments told in new words, one of 68 words, four long rewrites; six look-alikes, four on the
 * same ground. Floors, not the figures. First replay, this engine read live (each file half an hour after its
 * publication time): F1 0.865 (P 1.00, R 0.76), 5/9, 2/13; merges resolved: 0.941.
 */
class HeldOutSeventyEighthSetTest extends BlindSetTest {
    HeldOutSeventyEighthSetTest() {
        super("followups-heldout78", new Floors(9, 5, 13, 2, 0.76, 1.00, 0.86, 16));
    }
}
