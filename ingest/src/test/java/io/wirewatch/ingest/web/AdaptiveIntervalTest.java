package io.wirewatch.ingest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptiveIntervalTest {
    private static final long MIN = 60_000, MAX = 24 * 3_600_000L, BASE = 15 * 60_000L;

    @Test
    void busySourceIsPolledMoreOftenDownToAQuarterOfItsInterval() {
        long cur = BASE;
        for (int i = 0; i < 10; i++) cur = AdaptiveInterval.next(cur, BASE, MIN, MAX, true, 3);
        assertThat(cur).isEqualTo(BASE / 4);
    }

    @Test
    void quietSourceSlowsDownUpToEightTimesItsInterval() {
        long cur = BASE;
        long after1 = AdaptiveInterval.next(cur, BASE, MIN, MAX, true, 0);
        assertThat(after1).isEqualTo(BASE + BASE / 2);
        for (int i = 0; i < 20; i++) cur = AdaptiveInterval.next(cur, BASE, MIN, MAX, true, 0);
        assertThat(cur).isEqualTo(BASE * 8);
    }

    @Test
    void failingSourceBacksOffAndGlobalBoundsWin() {
        assertThat(AdaptiveInterval.next(BASE, BASE, MIN, MAX, false, 0)).isEqualTo(2 * BASE);
        // a 2-minute source may not go below the global one-minute minimum, nor above the global maximum
        assertThat(AdaptiveInterval.next(120_000, 120_000, MIN, MAX, true, 5)).isEqualTo(MIN);
        assertThat(AdaptiveInterval.next(MAX, 6 * 3_600_000L, MIN, MAX, false, 0)).isEqualTo(MAX);
    }
}
