package io.wirewatch.stream.story;

/**
 * A forty-second set written blind ({@code followups-heldout42/TRUTH.md}), by the other writer at the same time as set
 * 41: five English stories in American, British, Australian, South African and Irish styles (a freight derailment, a
 * fish kill in a river, a builder in administration, a town's taps dry after a pump failure, ransomware at a county
 * council) and a dam breach flooding a village told in Kazakh; five developments told in new words (hot-bearing
 * readings, a digestate leak traced to a farm's digester, a forensic report on bypassed pump protection, a contractor's
 * login without a second check), a resignation of 84 words, two long rewrites; six look-alike distractors, two of them
 * on the same ground (a second derailment on the same line, a sewage spill into the same river). Floors, not the
 * figures. First replay through the whole pipeline: F1 0.865 (P 1.000, R 0.762), 5/9 developments alerted, 10/13
 * rewrites silent, the same with the disclaimers rule and without; every look-alike stayed apart, but the fish kill's
 * two developments (the digester traced, the criminal inquiry) and a brief retelling them formed a story of their own,
 * and the water story's resignation started another. This engine: F1 0.822.
 * Since the event-day rule (7 December: a full article that joins nothing joins the story whose event day it
 * names), this engine with merges resolved rose 0.865 -> 0.929 (with a look-alike filed by it).
 */
class HeldOutFortySecondSetTest extends BlindSetTest {
    HeldOutFortySecondSetTest() {
        super("followups-heldout42", new Floors(9, 5, 13, 3, 0.67, 0.93, 0.80, 15));
    }
}
