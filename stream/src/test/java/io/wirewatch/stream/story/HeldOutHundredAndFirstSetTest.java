package io.wirewatch.stream.story;

/**
 * A set written blind ({@code followups-heldout101/TRUTH.md}) on 7 December 2026 under the brief of sets 61-100, while
 * German compounds were being split ({@link GermanCompounds}), and read once with and without it, dated in the past
 * (2026) so that the whole pipeline reads their publication times: six stories, one in Spanish, in British, Spanish, Indian business, South African, New Zealand and US local styles (two workers killed by an ammonia leak at a seafood cold store, trichinosis from home-made wild-boar chorizo, a packaging-film maker's auditor resigns and the markets regulator steps in, a ward by-election won by nine votes with broken ballot-box seals, 320 beehives stolen, a county's 911 dispatch outage and a death); seven developments told in new words, one of 64 words, four long rewrites; six look-alikes, three on the same ground. Floors, not the
 * figures. First replay, this engine read live (each file half an hour after its publication time): F1 0.865 (P 1.00, R 0.76), 5/9, 2/13; merges resolved: 0.941. Through the whole pipeline in one burst (its dates are in the past): 0.941, 5/9, 2/13.
 */
class HeldOutHundredAndFirstSetTest extends BlindSetTest {
    HeldOutHundredAndFirstSetTest() {
        super("followups-heldout101", new Floors(9, 5, 13, 2, 0.76, 1.00, 0.86, 16));
    }
}
