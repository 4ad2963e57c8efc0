package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout107/TRUTH.md}) on 7 December 2026 under the brief of sets 61-104, after
 * German compounds were split ({@link GermanCompounds}), and read once, dated in the past (2026) so that the whole
 * pipeline reads their publication times: six stories, two in other languages (Spanish, German), in Irish, Chilean, German, US business, Indian and Australian styles (botulism from an artisan wild-garlic pesto, a tailings dam collapse cuts a river's drinking water, a new digital signalling centre stops a regional rail network, a cold-storage company's auditor quits and three years of accounts are withdrawn, pledged gold swapped for fakes at a gold-loan branch, a regional airline grounded and a tribunal refusing to lift it); six developments told in new words, one of 74 words, five long rewrites; six look-alikes, five on the same ground. Floors, not the figures. First replay, this engine read
 * live (each file half an hour after its publication time): F1 0.928 (P 0.92, R 0.94), 8/9, 2/13 (a cable theft on the same rail network joined the signalling failure's story); merges resolved: 0.928 (the same without German compounds split). Through the whole pipeline in one burst: 0.928, 8/9, 2/13.
 */
class HeldOutHundredAndSeventhSetTest extends BlindSetTest {
    HeldOutHundredAndSeventhSetTest() {
        super("followups-heldout107", new Floors(9, 8, 13, 2, 0.93, 0.92, 0.92, 15));
    }
}
