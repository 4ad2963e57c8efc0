package io.wirewatch.stream.story;

/**
 * A twenty-third set written blind ({@code followups-heldout23/TRUTH.md}) at the same time as the twenty-second, by
 * another writer: five English stories in Irish, American, British and Canadian styles (an island ferry aground, a
 * yogurt recall, a quashed housing permission, a pipeline leak, a university cyber attack) and a tile-factory fire told
 * in Persian. Floors, not the figures ({@link AlertEvaluation}'s main prints them). First replay, this engine: F1 0.894
 * (P 0.917, R 0.873), 6/9 developments alerted, 12/13 rewrites silent. The Persian development scored no news at all:
 * its figures were written in Persian digits ("۸۵۰") and its quotations in guillemets, and only ASCII digits and English
 * quotation marks were read. Since then {@link TextFeatures#normalize} reads every script's digits as the numbers they
 * are and a quotation may be in «…» or „…“: it is alerted (19.6), 7/9; no other set's figures moved. Through the whole
 * pipeline after that fix: F1 0.962 (P 0.926, R 1.00), 7/9, 12/13, 1 of 6 distractors filed in the story it resembles
 * (the ferry crews' strike ballot). Left as measured: the ferry's licence suspended (12.6, a short development whose news
 * is a verb) and the chief executive's resignation, which starts a story of its own here (words 0.277 against 0.28).
 */
class HeldOutTwentyThirdSetTest extends BlindSetTest {
    HeldOutTwentyThirdSetTest() {
        super("followups-heldout23", new Floors(9, 7, 13, 1, 0.87, 0.91, 0.89, 15));
    }
}
