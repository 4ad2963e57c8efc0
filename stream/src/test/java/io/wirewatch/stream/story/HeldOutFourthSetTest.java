package io.wirewatch.stream.story;

/**
 * A fourth set written blind ({@code followups-heldout4/TRUTH.md}): six stories (a port strike, a vaccine recall told
 * in German, a wildfire told in Portuguese, a football transfer, a central-bank rate decision, a museum theft), each a
 * base, reports by other outlets with no new fact and developments; five look-alike distractors; four unrelated
 * items. Floors, not the figures ({@link AlertEvaluation}'s main prints them). On its first replay: 9/9 developments
 * alerted, 14/14 rewrites silent, every story's articles together (recall 1.0), and 4 of the 5 distractors (another
 * wildfire nearby the same day, the vaccine maker's trial results, the footballer's tax case, the central bank's
 * capital-buffer decision) filed in the story they resemble: precision 0.79, F1 0.88. Those are the stage's known
 * limit, the same actor's or place's next happening. (This engine, which until 6 December read every file as English and
 * so embedded the German and Portuguese stories, filed 3 of 5 there, F1 0.905; it now reads each file's detected
 * language as the pipeline does, and agrees with it.)
 * Since 7 December the company's RSV trial, told in German, starts a story of its own (German, in Latin
 * letters, is now embedded for the meaning floor: 0.47 against 0.50): F1 0.905 (P 0.827).
 * Since other languages are held to the names of the first lines (7 December), in this engine: F1 0.905 → 0.937: the
 * Portuguese fire in the neighbouring municipality no longer joins.
 */
class HeldOutFourthSetTest extends BlindSetTest {
    HeldOutFourthSetTest() {
        super("followups-heldout4", new Floors(9, 9, 14, 0, 0.95, 0.82, 0.93, 12));
    }
}
