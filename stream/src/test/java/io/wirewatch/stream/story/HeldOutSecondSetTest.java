package io.wirewatch.stream.story;

/**
 * A second set written blind ({@code followups-heldout2/TRUTH.md}): six stories (business, local government,
 * health, sport, technology, and a bus crash told in Spanish), each a base, independent reports by other outlets
 * with no new fact, and developments days later; seven distractors built to share as much as possible with a story
 * while being another happening (the same council's next vote, the same team's next match, the same company's
 * safety fine, a second bus crash or data breach the same day); three unrelated items. Floors, not the figures
 * ({@link AlertEvaluation}'s main prints them). On its first replay, with the code of that day: 8/8 developments
 * alerted, 14/14 rewrites silent, every story's articles together (recall 1.0), and 3 of the 7 distractors filed in
 * the story they imitate (precision 0.84, F1 0.91): the council's seawall vote, the team's next match and, the
 * files being replayed here as English, the second bus crash; through the whole pipeline, whose tagger adds
 * entity features, also the company's safety fine (precision 0.79, F1 0.88; since the join threshold is on words
 * alone, 0.84 and 0.91 there too). Those are the story stage's known limit on subject-alike events, so precision
 * has a floor below 1 here.
 * Since other languages are held to the names of the first lines (7 December), in this engine: F1 0.913 → 0.940: the
 * Spanish crash of another bus on another road the same day no longer joins the bus story.
 */
class HeldOutSecondSetTest extends BlindSetTest {
    HeldOutSecondSetTest() {
        super("followups-heldout2", new Floors(8, 7, 14, 1, 0.95, 0.8, 0.93, 12));
    }
}
