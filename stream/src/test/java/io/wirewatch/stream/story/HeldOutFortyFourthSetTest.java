package io.wirewatch.stream.story;

/**
 * A forty-fourth set written blind ({@code followups-heldout44/TRUTH.md}) by the other writer at the same time as set
 * 43: four English stories in American, British, Scottish and Ghanaian styles (a barge striking a bridge pier and
 * spilling styrene, ransomware at a borough council, an island ferry aground, a savings and loans firm freezing
 * withdrawals), a landslide told in Slovak and a bus drivers' strike told in Serbian (Latin script); four developments
 * told in new words, one of 85 words, two long rewrites; six look-alike distractors, four on the same ground (runaway
 * grain barges against a lock on the same river, the same company's other ferry on a sandbank, a rockfall on the same
 * road, a credit union in the same town). Floors, not the figures. First replay through the whole pipeline: F1 0.835
 * (P 0.923, R 0.762), 5/9 developments alerted, 6/13 rewrites silent (rewrites that retold a development split off
 * read as news to the story they joined); without the disclaimers 0.774 (P 0.787): the barges and the other ferry,
 * whose reports say there is no connection, joined the stories they resemble. This engine: F1 0.814.
 */
class HeldOutFortyFourthSetTest extends BlindSetTest {
    HeldOutFortyFourthSetTest() {
        super("followups-heldout44", new Floors(9, 5, 13, 7, 0.70, 0.89, 0.79, 15));
    }
}
