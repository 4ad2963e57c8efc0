package io.wirewatch.app;

import io.wirewatch.common.KafkaClients;
import io.wirewatch.sink.delivery.SubscriptionDeliveryService;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the committed records on the per-subscription topics ({@code wirewatch.alerts.<id>}) written
 * after it was created, so {@code replay} can wait until the delivery service has handled them all.
 */
final class SubscriptionAlertCounter implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> start = new HashMap<>();

    SubscriptionAlertCounter(String bootstrap) {
        consumer = new KafkaConsumer<>(KafkaClients.consumer(bootstrap, null, true), new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> parts = partitions();
        start.putAll(consumer.endOffsets(parts, Duration.ofSeconds(30)));
    }

    private List<TopicPartition> partitions() {
        List<TopicPartition> parts = new ArrayList<>();
        consumer.listTopics(Duration.ofSeconds(30)).forEach((topic, infos) -> {
            if (SubscriptionDeliveryService.ALERT_TOPICS.matcher(topic).matches()) {
                infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
            }
        });
        return parts;
    }

    /** Committed subscription alerts written since construction. */
    int count() {
        List<TopicPartition> parts = partitions();
        if (parts.isEmpty()) return 0;
        consumer.assign(parts);
        for (TopicPartition tp : parts) consumer.seek(tp, start.getOrDefault(tp, 0L));
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
        int n = 0;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            n += consumer.poll(Duration.ofMillis(200)).count();
            boolean done = true;
            for (TopicPartition tp : parts) {
                if (consumer.position(tp) < ends.get(tp)) done = false;
            }
            if (done) break;
        }
        return n;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
