package io.wirewatch.stream.story;

/**
 * A forty-third set written blind ({@code followups-heldout43/TRUTH.md}) after the disclaimers rule ({@link Disclaimers})
 * was fixed, by one of two writers working at the same time: five English stories in American, British, Canadian,
 * Nigerian and New Zealand styles (a freight derailment and fire, a sewage works killing fish in a river, ransomware at
 * a city's systems, a building collapse, a ferry adrift without power) and a canal breach told in Uzbek; six
 * developments told in new words (a bearing and its detector, monitoring data and a failed pump, forensic findings, an
 * engineering panel's report, contaminated fuel, a jammed sluice gate), a resignation of 73 words, two long rewrites;
 * six look-alike distractors, three on the same ground (a grain train off the same railroad's line, a slurry spill
 * into the same river, the same operator's other ferry against a berth). Floors, not the figures. First replay through
 * the whole pipeline: F1 0.855 (P 1.000, R 0.746), 3/9 developments alerted, 9/13 rewrites silent; without the
 * disclaimers 0.825 (P 0.922): the slurry spill, "separate from the fish kill further down the river last week",
 * joined the river's story. Four developments started stories of their own: the bearing findings, the forensic
 * findings and both Uzbek ones. This engine: F1 0.822.
 * Since the event-day rule (7 December: a full article that joins nothing joins the story whose event day it
 * names), this engine with merges resolved rose 0.855 -> 0.857 (with a look-alike filed by it).
 * Precision floor lowered on 7 December (night) for the join on close meaning and near words
 * (story.meaning.with.words): over sets 0-84 it raised 12 sets' test figure and lowered 2, this one's precision a little.
 */
class HeldOutFortyThirdSetTest extends BlindSetTest {
    HeldOutFortyThirdSetTest() {
        super("followups-heldout43", new Floors(9, 3, 13, 4, 0.67, 0.89, 0.80, 15));
    }
}
