package io.wirewatch.stream.story;

/**
 * A thirty-sixth set written blind ({@code followups-heldout36/TRUTH.md}), by another writer at the same time as set
 * 35: five English stories in Scottish, Australian metro, Northern Irish, Pakistani and Malaysian styles (a
 * Legionnaires' outbreak, a club's salary-cap investigation, a rail viaduct shut for cracks, a developer refused bail, a
 * listed company's auditor disclaimer) and a fish kill told in Irish, whose names change their first letters by
 * grammar ("Gaillimh", "i nGaillimh"); a short development whose news is an action (the exchange suspends trading), a
 * development in the words of an engineering report, a long analysis; six look-alike distractors, two of them the same
 * kind of event on the same ground (legionella at a leisure centre in the same town, a lorry striking another bridge
 * on the same line). Floors, not the figures. First replay through the whole pipeline: F1 0.976 (P 1.00, R 0.952), 7/9
 * developments alerted, 11/13 rewrites silent, no distractor filed in the story it resembles. The engineering report
 * started a story of its own; the timeline after it, retelling the report's findings, joined the viaduct's story and
 * was alerted as a development, the story never having heard them. The short action went unalerted; the Irish rewrite
 * first started a story that a later article merged back. This engine: F1 0.950.
 */
class HeldOutThirtySixthSetTest extends BlindSetTest {
    HeldOutThirtySixthSetTest() {
        super("followups-heldout36", new Floors(9, 7, 13, 2, 0.90, 0.99, 0.94, 16));
    }
}
