package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout74/TRUTH.md}) on 7 December 2026 under the brief of sets 61-72 (at
 * least five developments told in the words of whoever now speaks), after the event-day rule, while the candidates
 * through an article's other terms were made (with or without them, the same figures): six stories, two in other
 * languages (German, Spanish), in British, German, Australian, Chilean, US and Indian styles (a cliff railway car hits
 * the buffers, leptospirosis after a mud run, a graphite miner loses its only buyer, copper cathodes stolen from a
 * freight train, toll accounts charged several times, a metro pier cracked); seven developments told in new words, one
 * of 73 words, four long rewrites; six look-alikes, four on the same ground (the same harbour, health office, railway
 * and city). Floors, not the figures. First replay, this engine read live (each file half an hour after its
 * publication time): F1 0.727 (P 1.00, R 0.57), 1/9, 6/13; merges resolved: 0.822.
 */
class HeldOutSeventyFourthSetTest extends BlindSetTest {
    HeldOutSeventyFourthSetTest() {
        super("followups-heldout74", new Floors(9, 1, 13, 6, 0.57, 1.00, 0.72, 16));
    }
}
