package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout104/TRUTH.md}) on 7 December 2026 under the brief of sets 61-100, while
 * German compounds were being split ({@link GermanCompounds}), and read once with and without it, dated in the past
 * (2026) so that the whole pipeline reads their publication times: six stories, two in other languages (German, Spanish), in German, New Zealand, Spanish, British, Irish and Canadian styles (a canal lock gate breaks under a cargo ship, leptospirosis after a triathlon swim, 62,000 litres of olive oil stolen from a cooperative, the competition regulator raids school-uniform suppliers, a prepay meter update cuts power, a modular-home builder's auditor resigns); seven developments told in new words, one of 79 words, five long rewrites; six look-alikes, four on the same ground. Floors, not the
 * figures. First replay, this engine read live (each file half an hour after its publication time): F1 0.865 (P 1.00, R 0.76), 4/9, 4/13; merges resolved: 0.865. Through the whole pipeline in one burst: 0.865.
 */
class HeldOutHundredAndFourthSetTest extends BlindSetTest {
    HeldOutHundredAndFourthSetTest() {
        super("followups-heldout104", new Floors(9, 4, 13, 4, 0.76, 1.00, 0.86, 16));
    }
}
