package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout83/TRUTH.md}) on 7 December 2026 under the brief of sets 61-80 (at
 * least five developments told in the words of whoever now speaks): six stories, two in other languages (Spanish, German), in British, Australian financial, US, Spanish, German and Canadian styles (a sinkhole swallows cars, a freight company's auditor quits, stallion semen stolen, Q fever from a goat farm, a digital signal box fails, a tied by-election drawn from a box); seven developments told in new words, one of 82 words, four long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.855 (P 1.00, R 0.75), 5/9, 4/13 (merges resolved the same, with or without the changes of that night).
 */
class HeldOutEightyThirdSetTest extends BlindSetTest {
    HeldOutEightyThirdSetTest() {
        super("followups-heldout83", new Floors(9, 5, 13, 4, 0.74, 1.00, 0.85, 16));
    }
}
