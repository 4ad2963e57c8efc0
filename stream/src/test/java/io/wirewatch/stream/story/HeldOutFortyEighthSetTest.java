package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout48/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46: a ferry
 * capsizing told in Tagalog and five English stories in Philippine, Malaysian, Singaporean, US and British styles (a
 * town council's corruption case, a chemical plant explosion, a clinic group's data breach, a holiday firm's collapse,
 * a mine waste dam breach); five developments told in new words, one of 75 words, three long rewrites; six look-alikes,
 * three on the same ground (a boat lost on the same ferry route, in Tagalog, a bribery case at the same town's land
 * office, another mine's pond in the same town). Floors, not the figures. First replay through the whole pipeline: F1
 * 0.941 (P 1.000, R 0.889), 6/9, 8/13, the same with the disclaimer forms added that day; the council president's
 * suspension and the holiday firm's administrators' report started stories of their own. The first was the only
 * development in 54 sets that a disclaimer kept out of its own story ("the nine contracts are separate from the 23
 * contracts worth RM47mil awarded between 2031 and 2033": the year was one of the story's heaviest words); since a
 * figure is no longer read as naming a disclaimed event it joins, 0.976. This engine: F1 0.941 (0.904 before).
 */
class HeldOutFortyEighthSetTest extends BlindSetTest {
    HeldOutFortyEighthSetTest() {
        super("followups-heldout48", new Floors(9, 7, 13, 5, 0.86, 0.97, 0.92, 15));
    }
}
