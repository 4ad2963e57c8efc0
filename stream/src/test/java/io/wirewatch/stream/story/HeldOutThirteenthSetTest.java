package io.wirewatch.stream.story;

/**
 * A thirteenth set written blind ({@code followups-heldout13/TRUTH.md}), by a writer who saw only the seeds and a
 * brief, after Norwegian, Croatian and Bosnian detection was fixed: six stories (a quarry roof fall, a cyclist's doping
 * case, a parasite in a town's water, an annulled mayoral election told in Slovak, a drug recall, a cargo ship aground
 * told in Croatian), one with a development seven days after its story's previous article, one development of about
 * 80 words, one rewrite of about 750; six look-alike distractors; four unrelated items. Floors, not the figures
 * ({@link AlertEvaluation}'s main prints them). First replay through the whole pipeline, and this engine alike: F1 0.969
 * (P 0.939, R 1.00), 8/9 developments alerted, 12/13 rewrites silent, 1 of 6 distractors filed in the story it
 * resembles (a fishing boat towed off the same coast). Left as measured: the missed development is the short one, whose
 * news is a supplier's name and a cause in words (novelty 10.2 against 14); the alerted rewrite is a Slovak explainer
 * (14.1), Slovak having no stemmer here (reading it with the Czech one silences it but files the Slovak distractor in
 * the story, see docs/stories.md). Since stopwords-iso's Slovak function words are left out (added for the languages
 * Lucene has no list for; see {@link ForeignStopwords}), that distractor joins the annulled election's story here too
 * (words 0.283 against 0.28): F1 0.939 (P 0.886), the floors below; before, it was kept apart by shared function words.
 * Since other languages are held to the names of the first lines (7 December), in this engine: F1 0.939 → 0.969: the
 * Slovak court's ruling on another village's election no longer joins.
 */
class HeldOutThirteenthSetTest extends BlindSetTest {
    HeldOutThirteenthSetTest() {
        super("followups-heldout13", new Floors(9, 8, 13, 1, 0.95, 0.88, 0.96, 14));
    }
}
