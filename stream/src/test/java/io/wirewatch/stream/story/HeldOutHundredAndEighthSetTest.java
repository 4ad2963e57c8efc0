package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout108/TRUTH.md}) on 7 December 2026 under the brief of sets 61-104, after
 * German compounds were split ({@link GermanCompounds}), and read once, dated in the past (2026) so that the whole
 * pipeline reads their publication times: six stories, two in other languages (German, Spanish), in Canadian, German, Australian financial, Spanish, Indian and Irish styles (a gondola cabin falls at a ski resort, Q fever after a shepherds' festival, a lithium miner's auditor resigns, olive oil stolen from a cooperative, an irrigation canal breach floods four villages, emergency calls fail for five hours on a mobile network); eight developments told in new words, one of 77 words, four long rewrites; six look-alikes, four on the same ground. Floors, not the figures. First replay, this engine read
 * live (each file half an hour after its publication time): F1 0.941 (P 1.00, R 0.89), 7/9, 3/13; merges resolved: 0.941 (0.914 without German compounds split: the state lab's results on the Q fever joined their story). Through the whole pipeline in one burst: 0.941, 7/9, 3/13.
 */
class HeldOutHundredAndEighthSetTest extends BlindSetTest {
    HeldOutHundredAndEighthSetTest() {
        super("followups-heldout108", new Floors(9, 7, 13, 3, 0.88, 1.00, 0.94, 16));
    }
}
