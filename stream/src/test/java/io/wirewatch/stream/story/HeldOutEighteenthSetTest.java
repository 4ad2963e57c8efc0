package io.wirewatch.stream.story;

/**
 * An eighteenth set written blind ({@code followups-heldout18/TRUTH.md}), all in English, in mixed British and American
 * house styles, by a writer who saw only the seeds and a brief asking for developments in other words than the first
 * report: six stories (a chemical plant explosion, a listed company's accounting scandal, a missing hiker, a council's
 * budget crisis, a drug trial halted, a football club's manager sacked), one with a development seven days after its
 * story's previous article, one development of about 90 words, one rewrite of about 770; six look-alike distractors;
 * four unrelated items. Floors, not the figures ({@link AlertEvaluation}'s main prints them). First replay through the
 * whole pipeline, and this engine alike: F1 0.961 (P 0.925, R 1.00), 9/9 developments alerted, 13/13 rewrites silent,
 * 1 of 6 distractors filed in the story it resembles (a second walker rescued on another ridge, in the missing hiker's
 * story).
 */
class HeldOutEighteenthSetTest extends BlindSetTest {
    HeldOutEighteenthSetTest() {
        super("followups-heldout18", new Floors(9, 9, 13, 0, 0.95, 0.90, 0.95, 15));
    }
}
