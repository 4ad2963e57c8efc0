package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout77/TRUTH.md}) on 7 December 2026 under the brief of sets 61-76 (at
 * least five developments told in the words of whoever now speaks), after the candidates through an article's other
 * terms: six stories, two in other languages (German, French), in New Zealand, German, Canadian, French, Scottish and
 * US styles (a geothermal well blowout, Q fever after a lambing open day, a seafood company's frozen stock that does
 * not exist, a village by-election annulled over care-home proxies, lens panels stolen from a lighthouse, an island's
 * power cable fails); eight developments told in new words, one of 73 words, four long rewrites; six look-alikes, five
 * on the same ground. Floors, not the figures. First replay, this engine read live (each file half an hour after its
 * publication time): F1 0.904 (P 1.00, R 0.83), 6/9 developments alerted, 3/13 rewrites; merges resolved: 0.967.
 */
class HeldOutSeventySeventhSetTest extends BlindSetTest {
    HeldOutSeventySeventhSetTest() {
        super("followups-heldout77", new Floors(9, 6, 13, 3, 0.82, 1.00, 0.90, 16));
    }
}
