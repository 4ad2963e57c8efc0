package io.wirewatch.stream.subscribe;

import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.query.SubscriptionIndex;

import java.util.HashMap;
import java.util.Map;

/**
 * The live subscriptions of one Kafka Streams instance, shared between the global-store thread that
 * reads {@code wirewatch.subscriptions} (writer) and the stream threads that match alerts (readers).
 * Each query is compiled once, when its subscription arrives; the index is rebuilt lazily, at most
 * once per alert after a change, so loading 10,000 subscriptions at start-up does not rebuild it
 * 10,000 times.
 */
final class SubscriptionRegistry {
    private final Map<String, SubscriptionIndex.Compiled> compiled = new HashMap<>();
    private volatile SubscriptionIndex index = SubscriptionIndex.EMPTY;
    private volatile boolean dirty;

    synchronized void put(Subscription s) {
        SubscriptionIndex.Compiled c = compiled.get(s.id());
        if (c != null && c.subscription().equals(s)) return;
        compiled.put(s.id(), SubscriptionIndex.Compiled.of(s));
        dirty = true;
    }

    synchronized void remove(String id) {
        if (compiled.remove(id) != null) dirty = true;
    }

    /** The current index; cheap (one volatile read) unless subscriptions changed since the last call. */
    SubscriptionIndex index() {
        if (!dirty) return index;
        synchronized (this) {
            if (dirty) {
                index = new SubscriptionIndex(compiled.values());
                dirty = false;
            }
            return index;
        }
    }
}
