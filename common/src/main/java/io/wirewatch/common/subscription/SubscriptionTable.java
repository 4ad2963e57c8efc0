package io.wirewatch.common.subscription;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A local copy of {@code wirewatch.subscriptions}, read from the beginning of the compacted topic with a
 * group-less consumer (assigned every partition, no offsets committed). {@link #catchUp(Duration)} reads to
 * the end offsets seen at the call; {@link #refresh()} applies whatever arrived since without blocking.
 * Records that do not parse are skipped with a warning, never fatal: one bad subscription must not stop
 * delivery of all the others. Not thread-safe.
 */
public final class SubscriptionTable implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionTable.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Subscription> live = new TreeMap<>();
    private boolean assigned;

    public SubscriptionTable(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-subscription-table");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads until every partition's end offset (as of now) is reached, or the timeout passes. */
    public SubscriptionTable catchUp(Duration timeout) {
        assign(timeout);
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + Topics.SUBSCRIPTIONS.name() + " to its end within "
                        + timeout.toSeconds() + " s; is the cluster reachable?");
            }
            apply(consumer.poll(Duration.ofMillis(200)));
        }
        return this;
    }

    /** Applies new subscription records without waiting. */
    public void refresh() {
        assign(Duration.ofSeconds(30));
        apply(consumer.poll(Duration.ZERO));
    }

    public Optional<Subscription> get(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** Live subscriptions ordered by id. */
    public List<Subscription> all() {
        return new ArrayList<>(live.values());
    }

    private void assign(Duration timeout) {
        if (assigned) return;
        List<PartitionInfo> parts = consumer.partitionsFor(Topics.SUBSCRIPTIONS.name(), timeout);
        if (parts == null || parts.isEmpty()) {
            throw new IllegalStateException("topic " + Topics.SUBSCRIPTIONS.name() + " does not exist; create a"
                    + " subscription first or start Wirewatch once so that it creates its topics");
        }
        List<TopicPartition> tps = parts.stream().map(pi -> new TopicPartition(pi.topic(), pi.partition())).toList();
        consumer.assign(tps);
        consumer.seekToBeginning(tps);
        assigned = true;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) return false;
        }
        return true;
    }

    private void apply(Iterable<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> r : records) {
            if (r.key() == null) continue;
            if (r.value() == null) {
                live.remove(r.key());
                continue;
            }
            try {
                Subscription s = WirewatchSerdes.SUBSCRIPTION.read(r.value());
                if (!s.id().equals(r.key())) {
                    log.warn("Skipping subscription at {}-{}@{}: key '{}' differs from id '{}'",
                            r.topic(), r.partition(), r.offset(), r.key(), s.id());
                    continue;
                }
                live.put(s.id(), s);
            } catch (IOException e) {
                log.warn("Skipping unreadable subscription '{}' at {}-{}@{}: {}", r.key(), r.topic(), r.partition(),
                        r.offset(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
