package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout79/TRUTH.md}) on 7 December 2026 under the brief of sets 61-76 (at
 * least five developments told in the words of whoever now speaks), after the candidates through an article's other
 * terms: six stories, two in other languages (German, Spanish), in Canadian, US, British, Australian, German and
 * Spanish styles (a gondola cabin falls, a seven-hour 911 outage, a tied by-election settled by lot then taken to
 * court, a salmon farmer's missing fish, meteorites stolen from a museum, trichinosis from home-made sausage); six
 * developments told in new words, one of 77 words, six long rewrites; six look-alikes, three on the same ground.
 * Floors, not the figures. First replay, this engine read live (each file half an hour after its publication time): F1
 * 0.842 (P 0.92, R 0.77), 5/9, 4/13; merges resolved: 0.872.
 */
class HeldOutSeventyNinthSetTest extends BlindSetTest {
    HeldOutSeventyNinthSetTest() {
        super("followups-heldout79", new Floors(9, 5, 13, 4, 0.77, 0.92, 0.84, 15));
    }
}
