package io.wirewatch.stream.story;

/**
 * A fortieth set written blind ({@code followups-heldout40/TRUTH.md}), by the other writer at the same time as set 39:
 * five English stories in British tabloid, Australian, New Zealand, US trade-press and Singaporean styles (a pier
 * collapse under a fun run, a fish kill in a river, a road slip, a ransomware attack on a logistics firm, a signalling
 * fault on a metro line) and an ammonia leak at a cheese plant told in Armenian; four developments told in new words (a
 * corroded brace, a struck cable and a failed back-up controller, a tension crack, valves and gas detectors switched
 * off), a resignation of 76 words, two long rewrites; six look-alike distractors, two of them on the same ground (a
 * fertiliser spill killing fish in the same river, a points failure on the same line). Floors, not the figures. First
 * replay through the whole pipeline: F1 0.807 (P 0.842, R 0.774), 4/9 developments alerted, 10/13 rewrites silent;
 * both same-ground look-alikes joined the story they resemble, the pier's two developments and both Armenian ones
 * started stories of their own. The code before the full-article merge rule scores the same. This engine: F1 0.757;
 * 0.808 (P 1.000) since the disclaimers ({@link Disclaimers}), which keep both same-ground look-alikes apart (the
 * whole pipeline: 0.873).
 */
class HeldOutFortiethSetTest extends BlindSetTest {
    HeldOutFortiethSetTest() {
        super("followups-heldout40", new Floors(9, 4, 13, 3, 0.65, 0.83, 0.73, 14));
    }
}
