package io.wirewatch.stream.story;

/**
 * A twenty-fifth set written blind ({@code followups-heldout25/TRUTH.md}) at the same time as the twenty-fourth: all
 * English in wire, tabloid, broadsheet, trade-press, local and broadcaster styles of five countries (a landslip, a lost
 * satellite, a boxing federation's audit, a speaker recall, a port strike, a listed company's trading halt), rewrites
 * asked to write numbers and dates another way. Floors, not the figures ({@link AlertEvaluation}'s main prints them).
 * First replay through the whole pipeline: F1 0.925 (P 0.861, R 1.00), 9/9 developments alerted, 9/13 rewrites silent,
 * 2 of 6 distractors filed in the story they resemble (the space institute's data deal, another workforce's pay deal). One
 * alerted rewrite wrote "€184m" for the first report's "184-million-euro mission", a compound then read as no number at
 * all; since {@link TextFeatures#facts} reads a number hyphenated to its words, it is silent (10/13), and blind set
 * 15's "31-year-old man has been charged" is alerted. Left as measured: three early rewrites that restate the first
 * report in other forms the judge cannot equate: "half past two" for "2.30am" and "two days" for "48 hours" (the
 * landslip), share prices in cents for the first report's S$0.385 and S$0.655 (the trading halt), "the U.S." for "the
 * United States" and "April 4" for "Tuesday" (the speaker recall). The trading halt's brief has been silent (14.5 →
 * 10.0) since a hedged amount restates the known one it rounds (its "about $370 million"; found on blind set 27).
 */
class HeldOutTwentyFifthSetTest extends BlindSetTest {
    HeldOutTwentyFifthSetTest() {
        super("followups-heldout25", new Floors(9, 9, 13, 2, 0.95, 0.86, 0.92, 14));
    }
}
