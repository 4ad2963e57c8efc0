package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout106/TRUTH.md}) on 7 December 2026 under the brief of sets 61-104, after
 * German compounds were split ({@link GermanCompounds}), and read once, dated in the past (2026) so that the whole
 * pipeline reads their publication times: six stories, two in other languages (German, Spanish), in German, Australian, British financial, Spanish, US and Irish styles (a sinkhole swallows cars and part of a house over brine workings, leptospirosis after a mud race, a whisky-cask seller's register does not match its warehouses, altarpiece panels stolen from a village church, a county's 911 dispatch down for ten hours, a regional airline grounded over its maintenance records); eight developments told in new words, one of 55 words, four long rewrites; six look-alikes, four on the same ground. Floors, not the figures. First replay, this engine read
 * live (each file half an hour after its publication time): F1 0.903 (P 1.00, R 0.82), 6/9, 2/13; merges resolved: 0.903 (the same without German compounds split). Through the whole pipeline in one burst: 0.903, 6/9, 2/13.
 */
class HeldOutHundredAndSixthSetTest extends BlindSetTest {
    HeldOutHundredAndSixthSetTest() {
        super("followups-heldout106", new Floors(9, 6, 13, 2, 0.82, 1.00, 0.90, 16));
    }
}
