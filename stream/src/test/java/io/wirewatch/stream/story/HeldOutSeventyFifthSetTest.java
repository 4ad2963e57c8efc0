package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout75/TRUTH.md}) on 7 December 2026 under the brief of sets 61-72 (at
 * least five developments told in the words of whoever now speaks), after the event-day rule, while the candidates
 * through an article's other terms were made (with or without them, the same figures): six stories, two in other
 * languages (Spanish, German), in Spanish, Australian, British, US, German and Canadian styles (a dry-dock gate gives
 * way, leptospirosis after a triathlon, a payroll firm's client-money hole, a 911 system down for ten hours, church
 * bells stolen, an earthquake linked to a geothermal project); eight developments told in new words, one of 56 words,
 * four long rewrites; six look-alikes, three on the same ground (the same port, regulator and district). Floors, not
 * the figures. First replay, this engine read live (each file half an hour after its publication time): F1 0.800 (P
 * 1.00, R 0.67), 3/9, 4/13; merges resolved: 0.885.
 */
class HeldOutSeventyFifthSetTest extends BlindSetTest {
    HeldOutSeventyFifthSetTest() {
        super("followups-heldout75", new Floors(9, 3, 13, 4, 0.66, 1.00, 0.80, 16));
    }
}
