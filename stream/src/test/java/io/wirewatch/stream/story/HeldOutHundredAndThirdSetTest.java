package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout103/TRUTH.md}) on 7 December 2026 under the brief of sets 61-100, while
 * German compounds were being split ({@link GermanCompounds}), and read once with and without it, dated in the past
 * (2026) so that the whole pipeline reads their publication times: six stories, two in other languages (German, French), in Scottish, German, US business, Australian, Indian and French styles (a ferry's vehicle ramp drops under a lorry, Q fever after a lambing festival, a cold-storage landlord's auditor quits, a gold nugget stolen from a goldfields museum, fingerprint checks fail at 24,600 ration shops, a mayor investigated over land sold to his son-in-law's company); seven developments told in new words, one of 62 words, four long rewrites; six look-alikes, four on the same ground. Floors, not the
 * figures. First replay, this engine read live (each file half an hour after its publication time): F1 0.865 (P 1.00, R 0.76), 4/9, 4/13; merges resolved: 0.865. Through the whole pipeline in one burst: 0.865.
 */
class HeldOutHundredAndThirdSetTest extends BlindSetTest {
    HeldOutHundredAndThirdSetTest() {
        super("followups-heldout103", new Floors(9, 4, 13, 4, 0.76, 1.00, 0.86, 16));
    }
}
