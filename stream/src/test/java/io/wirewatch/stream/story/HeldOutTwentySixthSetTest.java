package io.wirewatch.stream.story;

/**
 * A twenty-sixth set written blind ({@code followups-heldout26/TRUTH.md}), by a writer who saw only the seeds and a
 * brief, after Chinese and Japanese were first read in pairs of characters (checked on reports of our own only): two
 * stories in Simplified Chinese (a battery-plant fire, contaminated tap water), two in Japanese (a town official's
 * embezzlement, a railway derailment) and two in English (a ferry aground, a hospital ransomware attack). Floors, not
 * the figures ({@link AlertEvaluation}'s main prints them). First replay through the whole pipeline: F1 1.00, 5/9
 * developments alerted, 12/13 rewrites silent, no distractor filed in the story it resembles. This engine: 0.844 (P 1.00,
 * R 0.730); without the pairs of characters 0.584 (R 0.41, 3/9), nearly every Chinese and Japanese article a story of
 * its own. Left as measured: three Chinese and Japanese developments told in new words (the fire's cause, two managers
 * detained, a broken rail) start stories of their own and raise NEW_STORY, merged into their stories later in the
 * pipeline; a Japanese arrest scores 13.1 against 14; a Chinese rewrite restating the split developments is alerted.
 */
class HeldOutTwentySixthSetTest extends BlindSetTest {
    HeldOutTwentySixthSetTest() {
        super("followups-heldout26", new Floors(9, 5, 13, 1, 0.72, 0.99, 0.84, 16));
    }
}
