package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout64/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (German, Spanish), in British, German, US financial, Spanish, Australian and Canadian styles (a
 * maltings explosion, trichinellosis from a festival's sausage, a cold-chain firm's short report and auditor, gold
 * coins stolen from a museum, an airline grounded, a false dam-failure alert); eight developments told in new words,
 * one of 65 words, six long rewrites; six look-alikes, four on the same ground (the same harbour, district, town and
 * regulator). Floors, not the figures. First replay through the whole pipeline: F1 0.727 (P 1.000, R 0.571), 2/9,
 * 5/13: seven developments split off, and the long explainer of the short report was kept out of its own story by "a
 * different matter" (since read as the idiom it is: engine 0.753).
 */
class HeldOutSixtyFourthSetTest extends BlindSetTest {
    HeldOutSixtyFourthSetTest() {
        super("followups-heldout64", new Floors(9, 2, 13, 7, 0.60, 1.00, 0.75, 16));
    }
}
