package io.wirewatch.ingest.web;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most one request in flight per host, and a pause of at least the host's
 * delay between the end of one request and the start of the next. A host can also be closed until
 * a given time (Retry-After). Waiting threads are interruptible so the ingester stops promptly.
 */
final class HostGate {
    private static final class Gate {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextAllowedMillis;
    }

    private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();

    private Gate gate(String host) {
        return gates.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Gate());
    }

    /** Blocks until this thread may send a request to the host; must be paired with {@link #release}. */
    void acquire(String host) throws InterruptedException {
        Gate g = gate(host);
        g.lock.lockInterruptibly();
        try {
            long wait;
            while ((wait = g.nextAllowedMillis - System.currentTimeMillis()) > 0) Thread.sleep(Math.min(wait, 1000));
        } catch (InterruptedException e) {
            g.lock.unlock();
            throw e;
        }
    }

    /** Ends the request: the host is free again after {@code delay}. */
    void release(String host, Duration delay) {
        Gate g = gate(host);
        g.nextAllowedMillis = Math.max(g.nextAllowedMillis, System.currentTimeMillis() + delay.toMillis());
        g.lock.unlock();
    }

    /** Closes the host until the given epoch millis (e.g. after Retry-After). */
    void closeUntil(String host, long epochMillis) {
        Gate g = gate(host);
        g.nextAllowedMillis = Math.max(g.nextAllowedMillis, epochMillis);
    }

    long openAt(String host) {
        return gate(host).nextAllowedMillis;
    }
}
