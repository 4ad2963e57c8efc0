package io.wirewatch.stream.story;

/**
 * A forty-fifth set written blind ({@code followups-heldout45/TRUTH.md}) after sets 43 and 44 were replayed, by one of
 * two writers working at the same time: five English stories in American, British, Pakistani, Jamaican and Australian
 * styles (a freight derailment and tank-car fire, a fish kill from a pumping station, a bank's cash-machine fraud, a
 * market fire, miners trapped by a roof fall) and a gas explosion at a block of flats told in Romanian; four
 * developments told in new words, one of 91 words, two long rewrites; six look-alike distractors, two on the same
 * ground (empty hoppers off the same line, a slurry spill upstream on the same river) and two of the same company (an
 * armed robbery at the bank's branch, a haul truck's rollover at another of the miner's pits). Floors, not the figures.
 * First replay through the whole pipeline: F1 0.932 (P 1.000, R 0.873), 7/9 developments alerted, 10/13 rewrites
 * silent; without the disclaimers 0.894 (P 0.917): the slurry spill, "entirely separate from last week's sewage
 * pollution further down the river", joined the fish kill's story. The derailment's bearing findings and the Romanian development
 * started stories of their own. This engine: F1 0.914.
 */
class HeldOutFortyFifthSetTest extends BlindSetTest {
    HeldOutFortyFifthSetTest() {
        super("followups-heldout45", new Floors(9, 7, 13, 3, 0.81, 0.97, 0.89, 16));
    }
}
