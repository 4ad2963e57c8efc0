package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout51/TRUTH.md}) on 7 December 2026 under the brief of sets 43-46: six
 * English stories in British, Kenyan, Indian, Canadian, Australian and American styles (a port crane collapse, a
 * superbug outbreak in a newborn ward, a co-operative bank fraud, a transit fare card's breach, an escaped planned
 * burn, a bleacher collapse); six developments told in new words, one of 69 words, three long rewrites; six
 * look-alikes, three on the same ground (another bank fraud in the same town, a straddle carrier overturned at the same
 * port, another escaped burn by the same fire agency). Written after the disclaimer forms of 7 December were fixed.
 * Floors, not the figures. First replay through the whole pipeline: F1 0.859 (P 0.806, R 0.921), 6/9, 12/13, the same
 * with those forms and without: three look-alikes joined the story they resemble, two of them saying so in words no
 * rule reads ("described as separate from its investigation into the crane collapse", "a very different situation";
 * reading every "is different" and "is separate" lost more than it gained over sets 1-51). This engine: F1 0.797.
 * Since the event-day rule (7 December: a full article that joins nothing joins the story whose event day it
 * names), this engine with merges resolved fell 0.833 -> 0.809 (with a look-alike filed by it).
 */
class HeldOutFiftyFirstSetTest extends BlindSetTest {
    HeldOutFiftyFirstSetTest() {
        super("followups-heldout51", new Floors(9, 6, 13, 3, 0.78, 0.75, 0.77, 12));
    }
}
