package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout84/TRUTH.md}) on 7 December 2026 under the brief of sets 61-80 (at
 * least five developments told in the words of whoever now speaks): six stories, two in other languages (German, Spanish), in Australian financial, Canadian, New Zealand, Austrian, Spanish and US styles (a refiner's auditor refuses to sign, a bridge closed for a crack, an instant-payments outage, a funicular rolls back, trichinosis from wild boar, copper collected by fake truckers); eight developments told in new words, one of 74 words, four long rewrites; six look-alikes, four on the same ground. Floors, not the figures. First replay, this
 * engine read live (each file half an hour after its publication time): F1 0.700 (P 0.92, R 0.56), 2/9, 5/13; merges resolved 0.785 (a rail-yard break-in filed in the copper theft's story; the German funicular's findings and its second death, a Spanish lab report, a payments root-cause report and an indictment split off).
 */
class HeldOutEightyFourthSetTest extends BlindSetTest {
    HeldOutEightyFourthSetTest() {
        super("followups-heldout84", new Floors(9, 2, 13, 5, 0.56, 0.92, 0.70, 15));
    }
}
