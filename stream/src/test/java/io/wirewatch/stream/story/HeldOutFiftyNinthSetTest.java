package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout59/TRUTH.md}) on 7 December 2026 under the brief of sets 43-58: five
 * English stories in British regional, US wire, Nigerian, Indian and Canadian styles (a bridge closed for cracks, a
 * crypto exchange's collapse, a cholera outbreak, a chlorine leak, a telecom's breach) and one in Brazilian Portuguese
 * (a tailings dam failure); four developments told in new words, one of 79 words, four long rewrites; six look-alikes,
 * three on the same ground (another bridge in the same town, the same mining company, the same industrial estate).
 * Floors, not the figures. First replay through the whole pipeline: F1 0.969 (P 0.940, R 1.000), 7/9, 11/13: the
 * ammonia leak on the chlorine leak's industrial estate joined its story. This engine: F1 0.874 (the exchange's
 * Chapter 11 filing and the Portuguese engineers' report split off).
 */
class HeldOutFiftyNinthSetTest extends BlindSetTest {
    HeldOutFiftyNinthSetTest() {
        super("followups-heldout59", new Floors(9, 7, 13, 2, 0.82, 0.92, 0.87, 15));
    }
}
