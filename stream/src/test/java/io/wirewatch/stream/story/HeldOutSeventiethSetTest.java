package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout70/TRUTH.md}) on 7 December 2026 under the brief of sets 61-68 (at
 * least five developments told in the words of whoever now speaks), while the event-day rule was being made and before
 * it was chosen: six stories, two in other languages (French, German), in British, Breton, Australian financial,
 * Hessian, US and Indian styles (a funicular car running away, botulism from a cannery's fish soup, a fruit-robot
 * maker's short report, a motorway bridge closed over cracks, a truckload of weight-loss pens stolen, a metro's ticket
 * gates crashing); seven developments told in new words, one of 83 words, four long rewrites; six look-alikes, four on
 * the same ground (the same town and sheriff, the same port, the same regulator, the same metro). Floors, not the
 * figures. First replay through the whole pipeline (code of that moment, before the event-day rule and the week-long
 * dormancy for full articles): F1 0.777 (P 1.000, R 0.635), 1/9, 6/13. This engine, replayed live with today's rules,
 * merges resolved: 0.875.
 */
class HeldOutSeventiethSetTest extends BlindSetTest {
    HeldOutSeventiethSetTest() {
        super("followups-heldout70", new Floors(9, 5, 13, 5, 0.77, 1.00, 0.87, 16));
    }
}
