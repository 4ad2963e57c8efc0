package io.wirewatch.app;

import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the pipeline decided about the records of one replay: accepted articles
 * ({@code wirewatch.articles}), duplicates ({@code wirewatch.duplicates}), dead letters
 * ({@code wirewatch.deadletter}), alerts ({@code wirewatch.alerts}) and story merges ({@code wirewatch.stories}),
 * from the end offsets
 * captured before the replay published anything, so earlier runs on the same data dir don't count.
 * Reads committed records only: the topology writes them in transactions.
 */
final class OutcomeCollector implements AutoCloseable {
    private static final List<String> TOPICS = List.of(Topics.ARTICLES.name(), Topics.DUPLICATES.name(),
            Topics.DEAD_LETTER.name(), Topics.ALERTS.name(), Topics.STORIES.name());

    private final KafkaConsumer<String, byte[]> consumer;
    final List<Article> accepted = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();
    /** Story → the story it was merged into, from the summaries on {@code wirewatch.stories}. */
    final Map<String, String> mergedInto = new HashMap<>();

    OutcomeCollector(String bootstrap) {
        consumer = new KafkaConsumer<>(KafkaClients.consumer(bootstrap, null, true),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        for (String t : TOPICS) {
            for (PartitionInfo p : consumer.partitionsFor(t, Duration.ofSeconds(30))) {
                parts.add(new TopicPartition(t, p.partition()));
            }
        }
        consumer.assign(parts);
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
        ends.forEach(consumer::seek);
    }

    /** Reads what is there now (waiting up to {@code wait}); returns how many records it read. */
    int poll(Duration wait) {
        int n = 0;
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            n++;
            try {
                switch (r.topic()) {
                    case "wirewatch.articles" -> accepted.add(WirewatchSerdes.ARTICLE.read(r.value()));
                    case "wirewatch.duplicates" -> duplicates.add(WirewatchSerdes.DUPLICATE.read(r.value()));
                    case "wirewatch.deadletter" -> deadLetters.add(WirewatchSerdes.DEAD_LETTER.read(r.value()));
                    case "wirewatch.alerts" -> alerts.add(WirewatchSerdes.ALERT.read(r.value()));
                    case "wirewatch.stories" -> {
                        StorySummary s = r.value() == null ? null : WirewatchSerdes.STORY_SUMMARY.read(r.value());
                        if (s != null && s.mergedInto() != null) mergedInto.put(r.key(), s.mergedInto());
                    }
                    default -> { }
                }
            } catch (Exception e) {
                unreadable.add(r.topic() + "-" + r.partition() + "@" + r.offset() + ": " + e.getMessage());
            }
        }
        return n;
    }

    /** Records that account for an ingested input: accepted + duplicates + dead letters. */
    int outcomes() {
        return accepted.size() + duplicates.size() + deadLetters.size();
    }

    /**
     * The story an article of {@code storyId} is in now: a later article may have shown that its story and another
     * were one event, and merged them. Follows the chain of merges (guarded against a cycle).
     */
    String currentStory(String storyId) {
        return ReplayReport.currentStory(mergedInto, storyId);
    }

    /** Whether this consumer has read {@code topic} up to its end offsets as of now. */
    boolean caughtUpOn(String topic) {
        List<TopicPartition> parts = consumer.assignment().stream().filter(tp -> tp.topic().equals(topic)).toList();
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
        for (TopicPartition tp : parts) {
            if (consumer.position(tp, Duration.ofSeconds(30)) < ends.get(tp)) return false;
        }
        return true;
    }

    /** End offsets of wirewatch.alerts right now. */
    Map<TopicPartition, Long> alertEndOffsets() {
        List<TopicPartition> parts = consumer.assignment().stream()
                .filter(tp -> tp.topic().equals(Topics.ALERTS.name())).toList();
        return consumer.endOffsets(parts, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
