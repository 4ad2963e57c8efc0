package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout95/TRUTH.md}) on 7 December 2026 under the brief of sets 61-92, before
 * the join on recapped words was chosen, and read once with it: six stories, two in other languages (German, Spanish),
 * in British financial, German, Mexican, Australian, Indian and Canadian styles (a builders' merchant's false rebate
 * accounting, Q fever at a Christmas market, an industrial radiography source stolen, emergency calls lost after a
 * network change, a cooperative bank's withdrawals capped, an ice arena's roof collapses); seven developments told in
 * new words, one of 76 words, four long rewrites; six look-alikes, four on the same ground. Floors, not the figures.
 * First replay, this engine (replayed as the tests do): F1 0.862 (P 0.93, R 0.81), 6/9, 4/13; merges resolved the
 * same, against 0.832 with the code before the join on recapped words (a first death reported in German joined).
 */
class HeldOutNinetyFifthSetTest extends BlindSetTest {
    HeldOutNinetyFifthSetTest() {
        super("followups-heldout95", new Floors(9, 6, 13, 4, 0.80, 0.92, 0.86, 15));
    }
}
