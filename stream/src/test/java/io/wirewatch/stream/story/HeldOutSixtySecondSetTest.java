package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout62/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (German, Spanish), in Austrian, Spanish, Canadian, New Zealand, British and Australian styles (a
 * gondola cabin fall, altarpiece panels stolen from a church, a lithium miner's short report, leptospirosis after a
 * mud race, smart meters cut off by a firmware update, a tunnel's concrete slab falling); eight developments told in
 * new words, one of about 60 words, four long rewrites; six look-alikes, four on the same ground (the same resort,
 * district, town and exchange). Floors, not the figures. First replay through the whole pipeline: F1 0.740 (P 1.000, R
 * 0.587), 3/9, 6/13: six developments split off (a cease-trade order, a serovar, a prosecutor and an interim report in
 * German, a corrosion assessment...).
 */
class HeldOutSixtySecondSetTest extends BlindSetTest {
    HeldOutSixtySecondSetTest() {
        super("followups-heldout62", new Floors(9, 3, 13, 7, 0.58, 1.00, 0.73, 16));
    }
}
