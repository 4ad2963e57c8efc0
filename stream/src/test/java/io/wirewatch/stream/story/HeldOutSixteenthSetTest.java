package io.wirewatch.stream.story;

/**
 * A sixteenth set written blind ({@code followups-heldout16/TRUTH.md}), by a writer who saw only the seeds and a
 * brief: six stories (an airliner off the runway, a hospital's norovirus outbreak, a fraud trial, a retailer's store
 * closures, a university's fee rise told in Russian, flash floods told in Arabic), one with a development seven days
 * after its story's previous article, one development of about 90 words, one rewrite of about 770; six look-alike
 * distractors (the same airline's pay deal, the same hospital's scanner, the same university's robotics team, the same
 * retailer's kettle recall, the fraud-hit company's sale, a market fire in the flooded town); four unrelated items.
 * Floors, not the figures ({@link AlertEvaluation}'s main prints them). First replay through the whole pipeline, and
 * this engine alike: F1 1.00, 9/9 developments alerted, 12/13 rewrites silent, no distractor filed in the story it
 * resembles. The alerted rewrite was Russian and wrote "4,2 тыс." for the story's "4 200": a decimal comma and the
 * language's own thousand, read as 42 and a new counted word. Since a comma before other than three digits is a
 * decimal comma and the scale words of other languages are scales ({@link TextFeatures#figure},
 * {@link TextFeatures#scale}), it scores 5.9: 13/13. Since the join on recapped words with close meaning
 * ({@link StorySettings#recapWithMeaning()}) the retailer's kettle recall joins the story of its store closures: F1
 * 0.961 (P 0.925); the floors went down with it (the rule raised 21 sets and lowered 7 by this measure).
 */
class HeldOutSixteenthSetTest extends BlindSetTest {
    HeldOutSixteenthSetTest() {
        super("followups-heldout16", new Floors(9, 9, 13, 0, 0.95, 0.92, 0.96, 15));
    }
}
