package io.wirewatch.stream.story;

/**
 * A thirty-third set written blind ({@code followups-heldout33/TRUTH.md}), after other languages were held to the names
 * of the first lines, by a writer who saw only the seeds and a brief: four English stories in Scottish, Nigerian,
 * Canadian and Australian styles (a ferry aground at an island pier, a cholera outbreak, a pulp mill closing, a
 * bushfire), a freight derailment told in Finnish and a dock strike told in Greek; a short development whose news is
 * an action (sailings suspended), a development in marine-engineering words, a long analysis; six look-alike
 * distractors, two of them the same kind of event on the same ground (a fishing boat aground at the same island, a
 * track machine derailed on the same Finnish line). Floors, not the figures. First replay through the whole pipeline:
 * F1 0.955 (P 0.914, R 1.00), 6/9 developments alerted, 12/13 rewrites silent; the fishing boat joined the ferry's
 * story. Two developments (the Finnish cause found, the engineering bulletin) and the Greek rewrite first started
 * stories of their own that later articles merged back, and the short action went unalerted. The code before the
 * change scored 0.934 on it: the Greek terminal operator's crane investment joined its dock strike. This engine, which reads the set an
 * hour apart rather than by its publication times, keeps those splits: F1 0.869.
 * Since the event-day rule (7 December: a full article that joins nothing joins the story whose event day it
 * names), this engine with merges resolved stayed 0.955 -> 0.955 (with a look-alike filed by it).
 */
class HeldOutThirtyThirdSetTest extends BlindSetTest {
    HeldOutThirtyThirdSetTest() {
        super("followups-heldout33", new Floors(9, 6, 13, 1, 0.82, 0.90, 0.86, 15));
    }
}
