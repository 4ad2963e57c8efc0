package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout87/TRUTH.md}) on 7 December 2026 under the brief of sets 61-84, after
 * the German, Spanish and French disclaimers and the join on close meaning and near words: six stories, two in other
 * languages (German, Spanish), in US, Australian financial, German, Mexican, Canadian and British styles (a grain-dust
 * explosion, a miner's auditor quits over stockpiles, Legionnaires' disease, a radiography source stolen, a payroll
 * failure, a court fight over a maternity unit); seven developments told in new words, one of 58 words, six long
 * rewrites; six look-alikes, four on the same ground. Floors, not the figures. Replayed live in this engine (each file
 * half an hour after its publication time): F1 0.893 (P 1.00, R 0.81), 6/9, 4/13 (merges resolved the same); 0.862
 * before the Spanish disclaimers kept a stolen density gauge out of the radiography source's story.
 */
class HeldOutEightySeventhSetTest extends BlindSetTest {
    HeldOutEightySeventhSetTest() {
        super("followups-heldout87", new Floors(9, 6, 13, 4, 0.80, 1.00, 0.89, 16));
    }
}
