package io.wirewatch.stream.dedup;

/**
 * The one order every partition agrees on to say which of two copies came first: record
 * timestamp, then article id. Band keys are processed on different partitions, so "whoever reached
 * this band first" can differ from band to band; with this order two copies in flight at the same
 * time can never be declared duplicates of each other (the earlier one is never a duplicate of the later).
 */
public final class NearDupOrder {
    private NearDupOrder() {
    }

    public static boolean before(long t1, String id1, long t2, String id2) {
        return t1 < t2 || (t1 == t2 && id1.compareTo(id2) < 0);
    }
}
