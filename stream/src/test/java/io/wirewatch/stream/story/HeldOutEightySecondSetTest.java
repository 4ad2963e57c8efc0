package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout82/TRUTH.md}) on 7 December 2026 under the brief of sets 61-80 (at
 * least five developments told in the words of whoever now speaks): six stories, two in other languages (German, Spanish), in New Zealand, German, US, British, Spanish and Scottish styles (a dairy co-op's currency losses, a night-time ground collapse over a brine field, uncounted postal ballots, parrot fever after a bird show, a 112 dispatch outage with a death, frozen bull semen stolen); eight developments told in new words, one of 62 words, five long rewrites; six look-alikes, four on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.822 (P 1.00, R 0.70), 3/9, 6/13; merges resolved 0.865 (0.842 without the German, Spanish and French disclaimers, which keep a burst water main in the same German town out of the ground collapse's story); with the join on close meaning and near words: 0.865, 4/9.
 */
class HeldOutEightySecondSetTest extends BlindSetTest {
    HeldOutEightySecondSetTest() {
        super("followups-heldout82", new Floors(9, 4, 13, 6, 0.76, 1.00, 0.86, 16));
    }
}
