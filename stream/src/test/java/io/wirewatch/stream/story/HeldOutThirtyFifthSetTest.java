package io.wirewatch.stream.story;

/**
 * A thirty-fifth set written blind ({@code followups-heldout35/TRUTH.md}), after the last change to the clustering
 * (other languages held to the names of the first lines), by a writer who saw only the seeds and a brief: four English
 * stories in Irish, South African, American local TV and Kenyan styles (a Legionnaires' outbreak at a hospital, a water
 * tender fraud case, a cracked bridge beam, a milk processor that has not paid its farmers), a fuel leak into a bay
 * told in Maltese and a leaked exam paper told in Bengali; a short development whose news is an action (the county
 * closes the bridge), a development in the words of an outbreak report, a long analysis; six look-alike distractors,
 * two of them the same kind of event on the same ground (a tea factory in the same town late paying its growers, a
 * fishing boat sinking and leaking diesel in the same bay, in Maltese). Floors, not the figures. First replay through
 * the whole pipeline, and this engine alike: F1 0.969 (P 0.940, R 1.00), 8/9 developments alerted (not the short
 * action), 13/13 rewrites silent, 1 of 6 distractors filed in the story it resembles: the Maltese boat in the same bay.
 */
class HeldOutThirtyFifthSetTest extends BlindSetTest {
    HeldOutThirtyFifthSetTest() {
        super("followups-heldout35", new Floors(9, 8, 13, 0, 0.99, 0.93, 0.96, 15));
    }
}
