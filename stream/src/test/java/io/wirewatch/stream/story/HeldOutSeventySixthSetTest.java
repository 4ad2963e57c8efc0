package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout76/TRUTH.md}) on 7 December 2026 under the brief of sets 61-72 (at
 * least five developments told in the words of whoever now speaks), after the event-day rule, while the candidates
 * through an article's other terms were made (with or without them, the same figures): six stories, two in other
 * languages (German, Spanish), in German, Spanish, Singapore, New Zealand, Canadian and Australian styles (postal-vote
 * fraud in a run-off, olive oil stolen from a cooperative, a fish farmer's auditor quits, leptospirosis after a lake
 * race, an island's power cable fails, an ambulance dispatch system crashes); eight developments told in new words,
 * one of 64 words, five long rewrites; six look-alikes, four on the same ground (the same town, village, stock
 * exchange and call centre). Floors, not the figures. First replay, this engine read live (each file half an hour
 * after its publication time): F1 0.789 (P 1.00, R 0.65), 4/9, 5/13; merges resolved: 0.789.
 */
class HeldOutSeventySixthSetTest extends BlindSetTest {
    HeldOutSeventySixthSetTest() {
        super("followups-heldout76", new Floors(9, 4, 13, 5, 0.65, 1.00, 0.78, 16));
    }
}
