package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout49/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46: a
 * landslide told in Nepali and five English stories in Indian, Nepali English, British, American and Kenyan styles (a
 * co-operative bank fraud, a chemical plant explosion, a derailment, a cholera outbreak, a digital wallet's breach);
 * six developments told in new words, one of 55 words, two long rewrites; six look-alikes, three on the same ground
 * (another landslide in the same district, in Nepali, a fire at another plant of the same firm, freight wagons off the
 * same line). Floors, not the figures. First replay through the whole pipeline: F1 0.908 (P 0.881, R 0.937), 7/9,
 * 13/13; 0.937 with the disclaimer forms added that day, which keep apart the freight wagons ("even though they
 * appeared unrelated"). Still joined: the Nepali landslide on the same ground. This engine: F1 0.883.
 */
class HeldOutFortyNinthSetTest extends BlindSetTest {
    HeldOutFortyNinthSetTest() {
        super("followups-heldout49", new Floors(9, 7, 13, 1, 0.82, 0.90, 0.86, 14));
    }
}
