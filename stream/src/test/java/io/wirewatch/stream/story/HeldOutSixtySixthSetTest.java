package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout66/TRUTH.md}) on 7 December 2026 under a brief that asked for at least
 * five developments told in the words of whoever now speaks (its writers told seven or eight so): six stories, two in
 * other languages (Spanish, German), in Argentine, Austrian, Australian financial, Canadian, Indian and US styles
 * (trichinosis from festival salami, a gondola sliding back down its cable, a lithium miner's missing stockpile, a
 * tied mayoral vote, refilled cancer-drug vials, a county's 911 outage); eight developments told in new words, one of
 * about 75 words, four long rewrites; six look-alikes, three on the same ground (the same resort, drug agency and
 * regulator). Floors, not the figures. First replay through the whole pipeline: F1 0.765 (P 1.000, R 0.619), 2/9,
 * 8/13.
 * Since the event-day rule (7 December: a full article that joins nothing joins the story whose event day it
 * names), this engine with merges resolved rose 0.765 -> 0.804 (with a look-alike filed by it).
 */
class HeldOutSixtySixthSetTest extends BlindSetTest {
    HeldOutSixtySixthSetTest() {
        super("followups-heldout66", new Floors(9, 2, 13, 5, 0.57, 0.97, 0.72, 16));
    }
}
