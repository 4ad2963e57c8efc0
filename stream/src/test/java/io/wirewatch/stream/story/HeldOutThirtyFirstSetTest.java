package io.wirewatch.stream.story;

/**
 * A thirty-first set written blind ({@code followups-heldout31/TRUTH.md}), by a writer who saw only the seeds and a
 * brief, after the names of the first lines ({@link LeadNames}) and the meaning floor for other languages in Latin
 * letters were fixed on 7 December: four English stories in Australian, Scottish, South African and American styles (a
 * ferry aground, a council leader's no-confidence vote, a township's cholera outbreak, a payments founder charged with
 * fraud), a doping case told in Urdu and a fish kill told in Latvian; a short development whose news is an action, a
 * development in engineering words; six look-alike distractors, two of them the same kind of event on the same ground
 * (another incident on the same ferry route, a sewage overflow in the same Latvian town). Floors, not the figures.
 * First replay through the whole pipeline, and this engine alike: F1 0.868 (P 0.808, R 0.937), 8/9 developments
 * alerted, 11/13 rewrites silent, 3 of 6 distractors filed in the story they resemble: the two on the same ground
 * (their first lines name the story's route and town) and the Urdu weightlifter (a script the model does not read).
 * Left as measured: the engineering development (a collapsed sewer, a failed chlorine pump) starts a story of its own.
 */
class HeldOutThirtyFirstSetTest extends BlindSetTest {
    HeldOutThirtyFirstSetTest() {
        super("followups-heldout31", new Floors(9, 8, 13, 2, 0.93, 0.80, 0.86, 13));
    }
}
