package io.wirewatch.stream.story;

/**
 * A thirty-ninth set written blind ({@code followups-heldout39/TRUTH.md}), by one of two writers working at the same
 * time, after the full-article merge rule and with the code frozen: four English stories in American, Scottish,
 * Filipino and Ghanaian styles (a freight train derailed, a ferry aground, a bridge collapsed, a water plant shut), a
 * factory fire told in Thai and a flood told in Somali; a development of under 100 words, two developments told in an
 * investigation's words (a steering failure, a bearing detector) and a resignation, a long analysis; six look-alike
 * distractors, three of them on the same ground (empty cars off the track in the same yard, a creel boat aground at the
 * same harbour, a warehouse fire on the same Thai estate). Floors, not the figures. First replay through the whole
 * pipeline: F1 0.868 (P 0.848, R 0.889), 6/9 developments alerted, 10/13 rewrites silent; the same-ground derailment
 * and warehouse fire joined the stories they resemble, and the ferry's steering finding and its chief executive's
 * resignation each started a story of their own. The code before the full-article merge rule scores it 0.832. This
 * engine (the stories first assigned, before merges): F1 0.832.
 */
class HeldOutThirtyNinthSetTest extends BlindSetTest {
    HeldOutThirtyNinthSetTest() {
        super("followups-heldout39", new Floors(9, 6, 13, 3, 0.80, 0.82, 0.81, 14));
    }
}
