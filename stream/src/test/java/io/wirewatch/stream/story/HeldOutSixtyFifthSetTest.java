package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout65/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (German, Spanish), in US, German, British financial, Chilean, Australian and Canadian styles (an
 * ammonia leak at a cold store, Legionnaires' disease traced to a cooling tower, a payments firm's auditor quitting,
 * copper robbed from a freight train, meters cut by a firmware update, a tied by-election); eight developments told in
 * new words, one of 72 words, five long rewrites; six look-alikes, three on the same ground (the same railway, town
 * health office and fire chief). Floors, not the figures. First replay through the whole pipeline: F1 0.903 (P 1.000,
 * R 0.823), 4/9, 10/13.
 */
class HeldOutSixtyFifthSetTest extends BlindSetTest {
    HeldOutSixtyFifthSetTest() {
        super("followups-heldout65", new Floors(9, 4, 13, 3, 0.66, 1.00, 0.79, 16));
    }
}
