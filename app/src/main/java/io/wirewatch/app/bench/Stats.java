package io.wirewatch.app.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles (nearest rank) over small samples. */
final class Stats {
    private Stats() {
    }

    static double median(Collection<? extends Number> values) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> v = new ArrayList<>();
        values.forEach(x -> v.add(x.doubleValue()));
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile, p in (0, 100]. */
    static double percentile(Collection<? extends Number> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> v = new ArrayList<>();
        values.forEach(x -> v.add(x.doubleValue()));
        Collections.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.size());
        return v.get(Math.max(0, Math.min(v.size() - 1, rank - 1)));
    }

    /**
     * Sustained rate from sorted visibility times (ns): the inputs that became visible between the 10th
     * and the 90th percentile, divided by that time. Leaves out start-up and the final commit.
     */
    static double sustainedRate(long[] sortedNanos) {
        int n = sortedNanos.length;
        if (n < 10) return Double.NaN;
        int a = n / 10;
        int b = n - 1 - n / 10;
        long dt = sortedNanos[b] - sortedNanos[a];
        if (dt <= 0) return Double.NaN;
        return (b - a) * 1e9 / dt;
    }
}
