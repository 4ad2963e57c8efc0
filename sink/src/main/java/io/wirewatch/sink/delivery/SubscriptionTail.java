package io.wirewatch.sink.delivery;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
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
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads a subscription's topic {@code wirewatch.alerts.<id>} for {@code wirewatch tail --subscription ID}:
 * without a consumer group (assigned every partition, nothing committed, so tailing never disturbs
 * delivery), committed records only, from the beginning or from now, until a count, an idle period or
 * a stop request.
 */
public final class SubscriptionTail {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionTail.class);

    /**
     * @param fromBeginning read what is already on the topic, else only what arrives from now on
     * @param maxAlerts     stop after this many; 0 for no limit
     * @param idleTimeout   stop when nothing arrived for this long; null to wait forever
     */
    public record Options(boolean fromBeginning, long maxAlerts, Duration idleTimeout) {
        public Options {
            if (maxAlerts < 0) throw new IllegalArgumentException("maxAlerts must be >= 0");
        }
    }

    private SubscriptionTail() {
    }

    /** Hands each alert to {@code out}; returns how many. Unreadable records are skipped with a warning. */
    public static long tail(String bootstrap, String subscriptionId, Options options, Consumer<Alert> out,
                            BooleanSupplier stopRequested) {
        String topic = Topics.alertsFor(subscriptionId);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-tail-" + subscriptionId);
        long count = 0;
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> parts = c.partitionsFor(topic, Duration.ofSeconds(30));
            if (parts == null || parts.isEmpty()) {
                throw new IllegalArgumentException("no topic " + topic + ": is there a subscription '" + subscriptionId
                        + "'? (wirewatch subscriptions lists them)");
            }
            List<TopicPartition> tps = parts.stream().map(pi -> new TopicPartition(topic, pi.partition())).toList();
            c.assign(tps);
            if (options.fromBeginning()) c.seekToBeginning(tps);
            else c.seekToEnd(tps);
            tps.forEach(c::position); // resolve the positions now, so "from now" means now
            long lastActivity = System.nanoTime();
            while (!stopRequested.getAsBoolean()) {
                var records = c.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) lastActivity = System.nanoTime();
                for (ConsumerRecord<String, byte[]> r : records) {
                    try {
                        out.accept(WirewatchSerdes.ALERT.read(r.value()));
                        count++;
                    } catch (IOException e) {
                        log.warn("Skipping unreadable alert at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
                    }
                    if (options.maxAlerts() > 0 && count >= options.maxAlerts()) return count;
                }
                if (options.idleTimeout() != null && System.nanoTime() - lastActivity > options.idleTimeout().toNanos()) {
                    return count;
                }
            }
        }
        return count;
    }
}
