package io.wirewatch.ingest.web;

/**
 * Adaptive polling: a source that had news is polled twice as often next time, a quiet one
 * (304 or nothing new) half again as rarely, a failing one half as often. The interval stays within
 * a quarter and eight times the source's configured interval, and within the global bounds.
 */
final class AdaptiveInterval {
    private AdaptiveInterval() {
    }

    /**
     * @param currentMs  the interval used last time (the configured one for a new source)
     * @param baseMs     the source's configured interval
     * @param minMs      global lower bound
     * @param maxMs      global upper bound
     * @param ok         the poll succeeded
     * @param newEntries articles published or updated by the poll
     */
    static long next(long currentMs, long baseMs, long minMs, long maxMs, boolean ok, int newEntries) {
        long lo = Math.max(minMs, baseMs / 4);
        long hi = Math.min(maxMs, baseMs * 8);
        if (lo > hi) lo = hi;
        long cur;
        if (!ok) cur = currentMs * 2;
        else if (newEntries > 0) cur = currentMs / 2;
        else cur = currentMs + currentMs / 2;
        return Math.max(lo, Math.min(hi, cur));
    }
}
