package io.wirewatch.stream.story;

/**
 * A twenty-ninth set written blind ({@code followups-heldout29/TRUTH.md}), by a writer who saw only the seeds and a
 * brief, on 7 December before the names of the first lines ({@link LeadNames}) and the meaning floor for other
 * languages in Latin letters: four English stories in Irish, Canadian, Indian and British regional styles (a
 * Legionnaires' outbreak, a freight derailment and diesel spill, a co-operative bank's fraud, a council's section 114
 * notice), a fish kill told in Basque and a football derby abandoned after violence told in Albanian; a short
 * development whose news is an action, a development in other words (a cracked weld, never "derail"), a long analysis;
 * six look-alike distractors, two of them in Basque and Albanian; four unrelated items. Floors, not the figures. First
 * replay through the whole pipeline, and this engine alike: F1 0.937 (P 0.937, R 0.937), 7/9 developments alerted,
 * 13/13 rewrites silent, 1 of 6 distractors filed in the story it resembles (the Albanian club's other match stopped by
 * flares). Left as measured: the weld development starts a story of its own. Neither change of that day moved a figure
 * here.
 * Since other languages are held to the names of the first lines (7 December), in this engine: F1 0.937 → 0.967: the
 * flares at another Albanian match a week later no longer join the derby.
 */
class HeldOutTwentyNinthSetTest extends BlindSetTest {
    HeldOutTwentyNinthSetTest() {
        super("followups-heldout29", new Floors(9, 7, 13, 0, 0.93, 0.93, 0.96, 15));
    }
}
