package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout88/TRUTH.md}) on 7 December 2026 under the brief of sets 61-84, after
 * the German, Spanish and French disclaimers and the join on close meaning and near words: six stories, two in other
 * languages (German, Spanish), in Austrian, New Zealand, Canadian financial, Spanish, US and British styles (a cable
 * car cabin evacuated by rope, leptospirosis after a mud run, a cold-store company's auditor resigns, forged proxies
 * in an irrigation election, a terminal halted by software, an astronomical dial stolen); seven developments told in
 * new words, one of 75 words, five long rewrites; six look-alikes, three on the same ground. Floors, not the figures.
 * Replayed live in this engine (each file half an hour after its publication time): F1 0.932 (P 1.00, R 0.87), 6/9,
 * 2/13 (merges resolved the same); 0.894 (P 0.92) at the first replay, when a lightning strike on the same operator's
 * other lift joined the cable car's story: "Mit dem Vorfall an der Zirmkogelbahn besteht nicht der geringste
 * Zusammenhang" was not read until then.
 */
class HeldOutEightyEighthSetTest extends BlindSetTest {
    HeldOutEightyEighthSetTest() {
        super("followups-heldout88", new Floors(9, 6, 13, 2, 0.87, 1.00, 0.93, 16));
    }
}
