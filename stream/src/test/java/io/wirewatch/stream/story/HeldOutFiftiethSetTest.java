package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout50/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46: a ferry
 * aground told in Croatian and five English stories in American, British, Canadian, Irish and Australian styles (a
 * chemical plant explosion, a package-holiday firm's collapse, ransomware at a health authority, a rowing federation's
 * payments scandal, an escaped planned burn); four developments told in new words, one of 70 words, two long rewrites;
 * six look-alikes, three on the same ground (another ship of the same ferry line, in Croatian, a clerk snooping at the
 * same health authority, a lightning fire in the same forest). Floors, not the figures. First replay through the whole
 * pipeline: F1 0.929 (P 0.922, R 0.937), 7/9, 12/13, the same with the disclaimer forms added that day; the
 * federation's audit started a story of its own and the Croatian ferry's breakdown joined the ferry aground. This
 * engine: F1 0.857.
 */
class HeldOutFiftiethSetTest extends BlindSetTest {
    HeldOutFiftiethSetTest() {
        super("followups-heldout50", new Floors(9, 7, 13, 2, 0.78, 0.88, 0.83, 14));
    }
}
