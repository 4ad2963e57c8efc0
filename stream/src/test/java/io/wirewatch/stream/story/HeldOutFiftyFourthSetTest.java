package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout54/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46: six
 * English stories in New Zealand, Singaporean, Australian, Kenyan, Scottish and American styles (a dairy plant's fish
 * kill, an airline's check-in outage, a coal mine roof fall, a savings co-operative's fraud, an E. coli outbreak, a
 * mayoral count); six developments told in new words, one of 78 words, two long rewrites; six look-alikes, four on the
 * same ground (another mine of the same company, a sewage overflow into the same river, the same regulator taking over
 * another co-operative, the same election office's other recount). Written after the disclaimer forms of 7 December
 * were fixed. Floors, not the figures. First replay through the whole pipeline: F1 0.962 (P 0.926, R 1.000), 9/9,
 * 13/13, the same with those forms and without. This engine: F1 0.962.
 */
class HeldOutFiftyFourthSetTest extends BlindSetTest {
    HeldOutFiftyFourthSetTest() {
        super("followups-heldout54", new Floors(9, 9, 13, 0, 0.97, 0.90, 0.94, 14));
    }
}
