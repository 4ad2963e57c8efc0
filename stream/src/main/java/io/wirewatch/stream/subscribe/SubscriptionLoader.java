package io.wirewatch.stream.subscribe;

import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Global-store processor of {@code wirewatch.subscriptions}: keeps the raw subscriptions in the global
 * store {@value SubscriptionStage#STORE} and feeds the {@link SubscriptionRegistry}. Subscriptions are
 * parsed here rather than by the source's serde so that one unreadable record is skipped with a
 * warning instead of stopping the global thread.
 */
final class SubscriptionLoader implements Processor<String, byte[], Void, Void> {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionLoader.class);

    private final SubscriptionRegistry registry;
    private KeyValueStore<String, byte[]> store;

    SubscriptionLoader(SubscriptionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(SubscriptionStage.STORE);
        // Whatever was restored into the store before this processor started must reach the registry too.
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                Subscription s = parse(kv.key, kv.value);
                if (s != null) registry.put(s);
            }
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String id = record.key();
        if (id == null) return;
        if (record.value() == null) {
            store.delete(id);
            registry.remove(id);
            log.info("Subscription '{}' removed", id);
            return;
        }
        Subscription s = parse(id, record.value());
        if (s == null) return;
        store.put(id, record.value());
        registry.put(s);
        log.info("Subscription '{}' live: {}", id, s.query());
    }

    private static Subscription parse(String id, byte[] value) {
        try {
            Subscription s = WirewatchSerdes.SUBSCRIPTION.read(value);
            if (!s.id().equals(id)) {
                log.warn("Ignoring subscription record keyed '{}' whose id is '{}'", id, s.id());
                return null;
            }
            return s;
        } catch (IOException e) {
            log.warn("Ignoring unreadable subscription '{}': {}", id, e.getMessage());
            return null;
        }
    }
}
