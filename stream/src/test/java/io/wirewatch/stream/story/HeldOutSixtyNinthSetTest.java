package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout69/TRUTH.md}) on 7 December 2026 under the brief of sets 61-68 (at
 * least five developments told in the words of whoever now speaks), while the event-day rule was being made and before
 * it was chosen: six stories, two in other languages (German, Spanish), in German, Australian, British financial,
 * Spanish, Canadian and US styles (fish killed below a pesticide plant's fire, a melioidosis outbreak after floods, a
 * frozen-food firm's auditor quitting, olive oil stolen from a cooperative, a smart-meter update blacking out a town,
 * mail ballots scanned twice); eight developments told in new words, one of 85 words, five long rewrites; six
 * look-alikes, four on the same ground (the same town's port, care home, county court and transit system). Floors, not
 * the figures. First replay through the whole pipeline (code of that moment, before the event-day rule and the
 * week-long dormancy for full articles): F1 0.784 (P 1.000, R 0.645), 2/9, 8/13. This engine, replayed live with
 * today's rules, merges resolved: 0.852.
 */
class HeldOutSixtyNinthSetTest extends BlindSetTest {
    HeldOutSixtyNinthSetTest() {
        super("followups-heldout69", new Floors(9, 4, 13, 5, 0.74, 1.00, 0.85, 16));
    }
}
