package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout68/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (German, Spanish), in British, Bavarian, Australian, Spanish, Canadian and US styles (a car park
 * collapse, leptospirosis among triathletes, a funeral firm's trust shortfall, olive oil stolen from a cooperative, a
 * thermostat update leaving homes without heat, uncounted ballots in a drop box); seven developments told in new
 * words, one of 77 words, four long rewrites; six look-alikes, four on the same ground (the same town, health
 * official, exchange and city). Floors, not the figures. First replay through the whole pipeline: F1 0.895 (P 1.000, R
 * 0.810), 4/9, 7/13.
 */
class HeldOutSixtyEighthSetTest extends BlindSetTest {
    HeldOutSixtyEighthSetTest() {
        super("followups-heldout68", new Floors(9, 4, 13, 6, 0.68, 1.00, 0.81, 16));
    }
}
