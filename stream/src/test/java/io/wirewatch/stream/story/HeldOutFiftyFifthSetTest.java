package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout55/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46, the last
 * two, written after the disclaimer forms and the figure rule of that day were fixed: six English stories in British,
 * Irish, American, Indian, Nigerian and Australian styles (a fatal factory fire, ransomware at a hospital, a
 * Legionnaires' outbreak, an earthen dam breach, a savings app's collapse, a level-crossing crash); four developments
 * told in new words, one of 62 words, two long rewrites; six look-alikes, three on the same ground (an outbreak in the
 * same city, a snooping case at the same health authority, a crash on the same rail line). Floors, not the figures.
 * First replay through the whole pipeline: F1 0.900 (P 0.931, R 0.871), 6/9 developments alerted, 11/13 rewrites
 * silent; the factory fire's inquest and the hospital's forensic report started stories of their own, and a freight
 * train that hit a ute on the same line joined the crash's story. This engine: F1 0.842.
 */
class HeldOutFiftyFifthSetTest extends BlindSetTest {
    HeldOutFiftyFifthSetTest() {
        super("followups-heldout55", new Floors(9, 6, 13, 2, 0.75, 0.90, 0.82, 14));
    }
}
