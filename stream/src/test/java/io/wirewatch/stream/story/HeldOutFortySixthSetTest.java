package io.wirewatch.stream.story;

/**
 * A forty-sixth set written blind ({@code followups-heldout46/TRUTH.md}) by the other writer at the same time as set
 * 45: five English stories in American, British, Irish, Indian and Canadian styles (a freight derailment and chemical
 * fire, ransomware at a hospital group, a trawler lost with two men, a leaked recruitment exam, a dock strike) and a
 * warehouse fire told in Dutch; four developments told in new words, one of 92 words, two long rewrites; six look-alike
 * distractors, three on the same ground (another train off the same line, another trawler aground at the same harbour,
 * a scrap fire on the same industrial estate, in Dutch). Floors, not the figures. First replay through the whole
 * pipeline: F1 0.899 (P 0.879, R 0.921), 6/9 developments alerted, 11/13 rewrites silent; without the disclaimers 0.872
 * (P 0.829), where the other trawler aground, "not connected to the loss of the Saoirse Óg", joined the lost trawler's
 * story too. Still joined: the grain train, whose title calls it the second wreck on the line in four days and which
 * disclaims nothing, and the Dutch scrap fire. This engine: F1 0.757.
 */
class HeldOutFortySixthSetTest extends BlindSetTest {
    HeldOutFortySixthSetTest() {
        super("followups-heldout46", new Floors(9, 6, 13, 2, 0.64, 0.85, 0.73, 14));
    }
}
