package io.wirewatch.stream.dedup;

/**
 * The one order every partition agrees on to say which of two copies came first: record
 * timestamp (ms), then the article's fetch time in microseconds (files replayed in one millisecond
 * still keep their ingest order), then article id. Band keys are processed on different partitions, so "whoever reached
 * this band first" can differ from band to band; with this order two copies in flight at the same
 * time can never be declared duplicates of each other (the earlier one is never a duplicate of the later).
 */
public final class NearDupOrder {
    private NearDupOrder() {
    }

    public static boolean before(long t1, long f1, String id1, long t2, long f2, String id2) {
        if (t1 != t2) return t1 < t2;
        if (f1 != f2) return f1 < f2;
        return id1.compareTo(id2) < 0;
    }

    /** Fetch time in microseconds since the epoch, saturating. */
    public static long micros(java.time.Instant t) {
        if (t == null) return 0;
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
