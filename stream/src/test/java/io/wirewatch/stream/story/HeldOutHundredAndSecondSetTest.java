package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout102/TRUTH.md}) on 7 December 2026 under the brief of sets 61-100, while
 * German compounds were being split ({@link GermanCompounds}), and read once with and without it, dated in the past
 * (2026) so that the whole pipeline reads their publication times: six stories, two in other languages (Spanish, German), in British, Spanish, German, Australian, Canadian and US styles (a tidal barrier's gate fails to close and a town floods, brucellosis from raw-milk goat cheese, an auditor refuses to sign off a refrigeration maker's accounts, a pearl necklace stolen from a museum, a satellite correction service fails at harvest, a sheriff primary counted twice); eight developments told in new words, one of about 70 words, four long rewrites; six look-alikes, three on the same ground. Floors, not the
 * figures. First replay, this engine read live (each file half an hour after its publication time): F1 0.967 (P 1.00, R 0.94), 7/9, 3/13; merges resolved: 1.000 (0.967 before German compounds were split: the refrigeration maker's stock-exchange notice and the prosecutors' raids joined its story). Through the whole pipeline in one burst: 1.000.
 */
class HeldOutHundredAndSecondSetTest extends BlindSetTest {
    HeldOutHundredAndSecondSetTest() {
        super("followups-heldout102", new Floors(9, 7, 13, 3, 0.93, 1.00, 0.96, 16));
    }
}
