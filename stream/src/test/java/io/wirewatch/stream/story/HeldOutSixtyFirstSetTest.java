package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout61/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (Spanish, German), in Australian, Argentine, Austrian, Singaporean, US and Canadian styles (a grid
 * battery fire, a child kidney-disease outbreak traced to a dairy, a gondola stranded on its cable, nickel missing
 * from a trader's warehouse, a court halting a data centre's wells, a meteorite stolen from a museum); seven
 * developments told in new words, one of 87 words, five long rewrites; six look-alikes, four on the same ground (the
 * same town, hospital, county court and exchange). Floors, not the figures. First replay through the whole pipeline:
 * F1 0.855 (P 1.000, R 0.746), 4/9, 7/13: both German developments, both Spanish ones and the regulator's coolant-leak
 * findings split off.
 */
class HeldOutSixtyFirstSetTest extends BlindSetTest {
    HeldOutSixtyFirstSetTest() {
        super("followups-heldout61", new Floors(9, 4, 13, 6, 0.68, 1.00, 0.81, 16));
    }
}
