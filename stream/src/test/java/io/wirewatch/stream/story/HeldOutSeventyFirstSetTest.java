package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout71/TRUTH.md}) on 7 December 2026 under the brief of sets 61-68 (at
 * least five developments told in the words of whoever now speaks), while the event-day rule was being made and before
 * it was chosen: six stories, two in other languages (German, Spanish), in Scottish, German, Canadian financial, US,
 * Mexican and Australian styles (a dam's spillway gate failing and flooding a town, E. coli from raw-milk cheese, a
 * grain company's auditor resigning, unopened mail ballots after a runoff, a radiography camera stolen with its truck,
 * emergency calls blocked by a network change); eight developments told in new words, one of 80 words, four long
 * rewrites; six look-alikes, five on the same ground (the same town, district, regulator, agency and phone company).
 * Floors, not the figures. First replay through the whole pipeline (code of that moment, before the event-day rule and
 * the week-long dormancy for full articles): F1 0.911 (P 0.933, R 0.889), 6/9, 11/13. This engine, replayed live with
 * today's rules, merges resolved: 0.911.
 */
class HeldOutSeventyFirstSetTest extends BlindSetTest {
    HeldOutSeventyFirstSetTest() {
        super("followups-heldout71", new Floors(9, 6, 13, 2, 0.76, 0.92, 0.83, 15));
    }
}
