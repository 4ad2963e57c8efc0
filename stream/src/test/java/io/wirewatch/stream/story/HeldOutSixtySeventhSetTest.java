package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout67/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (German, Spanish), in German, Spanish, British, US, Australian and Indian styles (a Legionnaires'
 * outbreak, adulterated olive oil, prepayment meters cut off by a tariff update, a spillway gate failure, a lithium
 * miner's withdrawn resource, an airline's fleet grounded); eight developments told in new words, one of 69 words,
 * four long rewrites; six look-alikes, five on the same ground (the same town, district, regulator and health
 * officer). Floors, not the figures. First replay through the whole pipeline: F1 0.822 (P 1.000, R 0.698), 4/9, 7/13.
 */
class HeldOutSixtySeventhSetTest extends BlindSetTest {
    HeldOutSixtySeventhSetTest() {
        super("followups-heldout67", new Floors(9, 4, 13, 6, 0.69, 1.00, 0.82, 16));
    }
}
