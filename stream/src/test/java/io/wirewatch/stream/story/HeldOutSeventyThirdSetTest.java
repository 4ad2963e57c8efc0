package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout73/TRUTH.md}) on 7 December 2026 under the brief of sets 61-72 (at
 * least five developments told in the words of whoever now speaks), after the event-day rule, while the candidates
 * through an article's other terms were made (with or without them, the same figures): six stories, two in other
 * languages (Spanish, German), in British, Spanish, Australian financial, New Zealand, German and US styles (a port
 * grain silo collapse, leptospirosis among triathletes traced to a pig farm, a salmon farmer's unrecorded fish kill,
 * prepaid smart meters cut off by an update, a psalter stolen from an abbey library, a halted nine-vote recount);
 * seven developments told in new words, one of 77 words, four long rewrites; six look-alikes, three on the same ground
 * (the same docks, town and town). Floors, not the figures. First replay, this engine read live (each file half an
 * hour after its publication time): F1 0.904 (P 1.00, R 0.83), 6/9 developments alerted, 4/13 rewrites; merges
 * resolved: 0.904.
 */
class HeldOutSeventyThirdSetTest extends BlindSetTest {
    HeldOutSeventyThirdSetTest() {
        super("followups-heldout73", new Floors(9, 6, 13, 4, 0.82, 1.00, 0.90, 16));
    }
}
