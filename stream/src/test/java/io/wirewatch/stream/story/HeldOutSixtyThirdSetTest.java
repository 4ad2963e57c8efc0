package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout63/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (Spanish, German), in Scottish, Chilean, Norwegian financial, Bavarian, New Zealand and South
 * African styles (a distillery tank bursting into a river, leptospirosis after a lake swim, a salmon farmer's
 * overstated stock, a run-off challenged over postal votes, beehives stolen, prepaid meters rejecting tokens); seven
 * developments told in new words, one of 76 words, four long rewrites; six look-alikes, three on the same ground (the
 * same river, district and town). Floors, not the figures. First replay through the whole pipeline: F1 0.746 (P 0.800,
 * R 0.698), 3/9, 7/13: five developments split off, and a slurry spill into the same river, another hive theft and a
 * school outbreak in the same district joined.
 */
class HeldOutSixtyThirdSetTest extends BlindSetTest {
    HeldOutSixtyThirdSetTest() {
        super("followups-heldout63", new Floors(9, 3, 13, 6, 0.69, 0.79, 0.74, 13));
    }
}
