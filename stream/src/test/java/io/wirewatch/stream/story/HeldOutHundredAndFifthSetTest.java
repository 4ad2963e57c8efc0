package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout105/TRUTH.md}) on 7 December 2026 under the brief of sets 61-104, after
 * German compounds were split ({@link GermanCompounds}), and read once, dated in the past (2026) so that the whole
 * pipeline reads their publication times: six stories, two in other languages (German, Spanish), in New Zealand, Australian financial, Canadian, German, Spanish and South African styles (a landslide buries the only rail line and road into a port town, a sleep-clinic company's shares collapse over its revenue, an ammonia leak kills a worker at a seafood plant, trichinosis from wild-boar sausage sold at a market, olive oil blended and sold as extra virgin, prepaid electricity meters reject the codes customers bought); eight developments told in new words, one of 68 words, four long rewrites; six look-alikes, three on the same ground. Floors, not the figures. First replay, this engine read
 * live (each file half an hour after its publication time): F1 0.811 (P 1.00, R 0.68), 4/9, 5/13; merges resolved: 0.904 (the same without German compounds split). Through the whole pipeline in one burst: 0.904, 4/9, 5/13.
 */
class HeldOutHundredAndFifthSetTest extends BlindSetTest {
    HeldOutHundredAndFifthSetTest() {
        super("followups-heldout105", new Floors(9, 4, 13, 5, 0.68, 1.00, 0.81, 16));
    }
}
