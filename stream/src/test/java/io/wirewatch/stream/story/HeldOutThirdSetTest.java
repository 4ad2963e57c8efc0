package io.wirewatch.stream.story;

/**
 * A third set written blind ({@code followups-heldout3/TRUTH.md}), after the bridge rule and with no change made
 * since: six stories (a dam spillway failure, a merger, a space probe, a trial, a cable-car breakdown told in French,
 * a stolen violin), each a base, reports by other outlets with no new fact (some after a development, repeating it)
 * and developments; five distractors that share a company, a city, a storm or the type of event with a story the
 * same week; four unrelated items. Floors, not the figures ({@link AlertEvaluation}'s main prints them). On its
 * first replay, engine and whole pipeline alike: 9/9 developments alerted, 13/13 rewrites silent, every story's
 * articles together (recall 1.0), and 1 of the 5 distractors (the probe maker's NASA contract the same week) filed
 * in the story it resembles, with a DEVELOPMENT alert: precision 0.93, F1 0.96 with the seeds, 0.95 without.
 * Since the masked-meaning floor ({@code story.action.min.similarity}, 6 December), in this engine: F1 0.961 → 1.00:
 * the probe maker's NASA contract now starts a story of its own.
 */
class HeldOutThirdSetTest extends BlindSetTest {
    HeldOutThirdSetTest() {
        super("followups-heldout3", new Floors(9, 8, 13, 1, 0.95, 0.99, 0.99, 15));
    }
}
