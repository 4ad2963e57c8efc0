package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout72/TRUTH.md}) on 7 December 2026 under the brief of sets 61-68 (at
 * least five developments told in the words of whoever now speaks), while the event-day rule was being made and before
 * it was chosen: six stories, two in other languages (Spanish, German), in Canadian, Spanish, British financial,
 * German, Australian and US styles (an eight-hour 911 failure, leptospirosis after a mud race, a cold-store group's
 * pledged stock missing, unopened postal votes after a run-off, a rodeo grandstand collapse, bourbon barrels stolen);
 * eight developments told in new words, one of 76 words, four long rewrites; six look-alikes, three on the same ground
 * (the same phone company, town and hospital, and town). Floors, not the figures. First replay through the whole
 * pipeline (code of that moment, before the event-day rule and the week-long dormancy for full articles): F1 0.850 (P
 * 0.941, R 0.774), 3/9, 9/13. This engine, replayed live with today's rules, merges resolved: 0.872.
 */
class HeldOutSeventySecondSetTest extends BlindSetTest {
    HeldOutSeventySecondSetTest() {
        super("followups-heldout72", new Floors(9, 5, 13, 2, 0.77, 0.92, 0.84, 15));
    }
}
