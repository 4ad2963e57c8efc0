package io.wirewatch.stream.story;

/**
 * A twenty-eighth set written blind ({@code followups-heldout28/TRUTH.md}), by another writer at the same time as set
 * 27, after the masked-meaning floor was fixed: five English stories in Australian, American, South African, Scottish
 * and Singaporean styles (a freight derailment and diesel spill, a Legionnaires' outbreak, a municipal tender fraud
 * case, three rural school closures, an island-wide telecoms outage) and a volcanic intrusion told in Icelandic; a
 * development seven days after its story's previous article, a short development whose news is an action, a long
 * explainer; six look-alike distractors; four unrelated items. Floors, not the figures. First replay through the whole
 * pipeline, and this engine alike: F1 0.926 (P 0.863, R 1.00), 8/9 developments alerted, 10/13 rewrites silent in the
 * pipeline (9/13 in the engine), 2 of 6 distractors filed in the story they resemble (grain wagons derailing on the
 * same line, a new director at the Icelandic agency); the telecoms company's acquisition, the council's pay deal, the
 * municipality sued over road invoices and the county's hepatitis warning were kept apart. Left as measured: the
 * contractor's accreditation suspended (2.8, a short development whose news is a verb), and rewrites alerted for
 * places and dates told otherwise (an Icelandic name in another case, "9 June" for a weekday). The tender's explainer,
 * which wrote "R38.6m" as "R38 600 000", was alerted at the first replay (16.2); since currency letters glued to a
 * figure read as money it scores 4.8.
 * Since other languages are held to the names of the first lines (7 December), in this engine: F1 0.926 → 0.955: the
 * Icelandic institute's new director no longer joins the eruption.
 */
class HeldOutTwentyEighthSetTest extends BlindSetTest {
    HeldOutTwentyEighthSetTest() {
        super("followups-heldout28", new Floors(9, 8, 13, 3, 0.99, 0.86, 0.95, 14));
    }
}
