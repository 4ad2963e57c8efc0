package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout56/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46, the last
 * two, written after the disclaimer forms and the figure rule of that day were fixed: six English stories in Canadian,
 * Scottish, Kenyan, US wire, New Zealand and British styles (a bridge collapse, a council's housing list scandal, a
 * cholera outbreak, a payroll firm's breach, a port strike, a chemical plant explosion); four developments told in new
 * words, one of 67 words, two long rewrites; six look-alikes, three on the same ground (the same council's gas checks,
 * the same port's tug crews, another site of the same chemical firm). Floors, not the figures. First replay through the
 * whole pipeline: F1 0.976 (P 1.000, R 0.952), 7/9, 12/13; the housing scandal's long explainer started a story of its
 * own. This engine: F1 0.875.
 */
class HeldOutFiftySixthSetTest extends BlindSetTest {
    HeldOutFiftySixthSetTest() {
        super("followups-heldout56", new Floors(9, 7, 13, 2, 0.75, 0.97, 0.85, 15));
    }
}
