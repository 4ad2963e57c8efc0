package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout52/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46: a
 * tailings-dam failure told in Spanish and five English stories in British, Irish, New Zealand, South African and US
 * wire styles (a tower-block collapse, a port staff pension-fund scandal, a health insurer's breach, a commuter-train
 * collision, a listeria recall); five developments told in new words, one of 65 words, two long rewrites; six
 * look-alikes, three on the same ground (another food maker's recall in the same town, a freight derailment on the same
 * line, a pipeline spill by the same mining company, in Spanish). Written after the disclaimer forms of 7 December were
 * fixed. Floors, not the figures. First replay through the whole pipeline: F1 0.873 (P 0.873, R 0.873), 5/9, 11/13, the
 * same with those forms and without. This engine: F1 0.800; since the join on recapped words
 * ({@link StorySettings#recapJoin()}) a Spanish development joins its story, which holds a look-alike: F1 0.848
 * (P 0.855), 8/9.
 */
class HeldOutFiftySecondSetTest extends BlindSetTest {
    HeldOutFiftySecondSetTest() {
        super("followups-heldout52", new Floors(9, 6, 13, 2, 0.71, 0.85, 0.78, 13));
    }
}
