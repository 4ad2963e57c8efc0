package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout86/TRUTH.md}) on 7 December 2026 under the brief of sets 61-84, after
 * the German, Spanish and French disclaimers and the join on close meaning and near words: six stories, two in other
 * languages (German, Spanish), in Canadian, Austrian, British, Chilean, US and Australian styles (a grain terminal
 * explosion, Legionella at a spa, a funeral-plan company's auditor quits, salmon escape from a storm-broken farm,
 * beehives stolen, an emergency-call outage); six developments told in new words, one of 77 words, five long rewrites;
 * six look-alikes, five on the same ground. Floors, not the figures. Replayed live in this engine (each file half an
 * hour after its publication time): F1 0.893 (P 1.00, R 0.81), 6/9, 2/13; merges resolved 0.931, and 0.900 (P 0.93) at
 * the first replay, when a warehouse fire at the same port joined the explosion's story: "no connection of any kind
 * to" was not read until then.
 */
class HeldOutEightySixthSetTest extends BlindSetTest {
    HeldOutEightySixthSetTest() {
        super("followups-heldout86", new Floors(9, 6, 13, 2, 0.80, 1.00, 0.89, 16));
    }
}
