package io.wirewatch.stream.story;

/**
 * A thirty-eighth set written blind ({@code followups-heldout38/TRUTH.md}), by the other writer at the same time as set
 * 37: four English stories in Canadian, Irish, South African and Kenyan styles (a freight train derailed with a diesel
 * spill, a dairy plant's closure, a municipal manager suspended over a water-works contract, a boat capsized on a lake),
 * a market fire told in Hausa and a protest against a hydropower plant told in Georgian; a development of 59 words, a
 * development in a safety board's words (a broken weld), a resignation, a long analysis; six look-alike distractors, two
 * of them on the same ground (grain cars off the track in the same town's yard, two fishermen missing on the same
 * lake). Floors, not the figures. First replay through the whole pipeline: F1 0.902 (P 0.857, R 0.952), 5/9
 * developments alerted, 12/13 rewrites silent; both look-alikes on the same ground joined the story they resemble, the
 * Georgian development started a story of its own. The code before the full-article merge rule scores the same. This
 * engine (the stories first assigned, before merges): F1 0.829.
 */
class HeldOutThirtyEighthSetTest extends BlindSetTest {
    HeldOutThirtyEighthSetTest() {
        super("followups-heldout38", new Floors(9, 5, 13, 1, 0.78, 0.83, 0.80, 14));
    }
}
