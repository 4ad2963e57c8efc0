package io.wirewatch.stream.story;

/**
 * A thirty-fourth set written blind ({@code followups-heldout34/TRUTH.md}), by another writer at the same time as set
 * 33: five English stories in Welsh local, Ghanaian, New Zealand, Jamaican and Hong Kong styles (a council contract
 * awarded to a cabinet member's relative, a savings company freezing withdrawals, a fish kill, footballers in a
 * betting probe, a cracked building evacuated) and a maternity ward's closure told in Czech; a short development whose
 * news is an action, a development in the register of a judgment, a long analysis; six look-alike distractors, two of
 * them the same kind of event on the same ground (falling concrete on the same street, a sewage overflow into the same
 * river). Floors, not the figures. First replay through the whole pipeline, and this engine alike: F1 0.908 (P 0.881,
 * R 0.937), 8/9 developments alerted, 12/13 rewrites silent; the Czech look-alike (another hospital's maternity ward)
 * joined the story, its meaning, read by a model that does not know Czech, close enough (0.71) to be spared the names,
 * and so did the sewage overflow into the same river.
 */
class HeldOutThirtyFourthSetTest extends BlindSetTest {
    HeldOutThirtyFourthSetTest() {
        super("followups-heldout34", new Floors(9, 8, 13, 1, 0.93, 0.88, 0.90, 14));
    }
}
