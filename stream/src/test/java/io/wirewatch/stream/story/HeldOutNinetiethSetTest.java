package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout90/TRUTH.md}) on 7 December 2026 under the brief of sets 61-88, after
 * the last change of that night, and read once: six stories, two in other languages (German, Spanish), in Austrian,
 * Spanish, Australian financial, Canadian, Scottish and Indian styles (a gondola evacuated by rope, Legionnaires'
 * disease from a cooling tower, a lithium miner's assays in doubt, an ammonia leak at an ice rink, whisky casks
 * stolen, a software update knocks out prepaid meters); seven developments told in new words, one of 64 words, three
 * long rewrites; six look-alikes, four on the same ground. Floors, not the figures. First replay, this engine read
 * live (each file half an hour after its publication time): F1 0.904 (P 1.00, R 0.83), 6/9, 4/13 (merges resolved the
 * same, as with the code before that night's changes).
 */
class HeldOutNinetiethSetTest extends BlindSetTest {
    HeldOutNinetiethSetTest() {
        super("followups-heldout90", new Floors(9, 6, 13, 4, 0.82, 1.00, 0.90, 16));
    }
}
