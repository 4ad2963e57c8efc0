package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout92/TRUTH.md}) on 7 December 2026 under the brief of sets 61-88, after
 * the last change of that night, and read once: six stories, two in other languages (Spanish, German), in Australian,
 * Spanish, Canadian financial, Scottish, German and South African styles (a grain-dust explosion at a port, Q fever
 * from a goat farm, a device maker's restatement, whisky casks stolen, a signal box down after a software update, an
 * airline grounded); six developments told in new words, one of 80 words, five long rewrites; six look-alikes, five on
 * the same ground. Floors, not the figures. First replay, this engine read live (each file half an hour after its
 * publication time): F1 0.822 (P 1.00, R 0.70), 5/9, 6/13; merges resolved 0.865, as with the code before that night's
 * changes.
 */
class HeldOutNinetySecondSetTest extends BlindSetTest {
    HeldOutNinetySecondSetTest() {
        super("followups-heldout92", new Floors(9, 5, 13, 6, 0.69, 1.00, 0.82, 16));
    }
}
