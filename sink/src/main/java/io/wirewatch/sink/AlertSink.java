package io.wirewatch.sink;

import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Delivers {@code wirewatch.alerts} to a JSONL file (idempotently, by alertId) and a short human
 * line on stdout. Offsets are committed only after the lines are on disk, so a restart redelivers
 * at most what was not yet confirmed, and the file's own id index drops those repeats. An alert that
 * cannot be parsed goes to {@code wirewatch.deadletter} with stage "sink".
 */
public final class AlertSink implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AlertSink.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final JsonlAlertFile file;
    private final PrintStream out;
    private final List<Consumer<Alert>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public AlertSink(String bootstrap, String groupId, JsonlAlertFile file, PrintStream out) {
        this.consumer = new KafkaConsumer<>(KafkaClients.consumer(bootstrap, groupId, true),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(KafkaClients.producer(bootstrap, groupId + "-dlq"),
                new StringSerializer(), WirewatchSerdes.DEAD_LETTER.serializer());
        this.file = file;
        this.out = out;
        consumer.subscribe(List.of(Topics.ALERTS.name()));
    }

    /** Called for each alert delivered for the first time (after it is in the file). */
    public void addListener(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : records) {
                    deliver(r);
                    commit.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                if (!commit.isEmpty()) {
                    file.sync();
                    deadLetters.flush();
                    consumer.commitSync(commit);
                }
                for (TopicPartition tp : consumer.assignment()) positions.put(tp, consumer.position(tp));
            }
        } catch (WakeupException e) {
            if (!stopped) throw e;
        } catch (IOException e) {
            log.error("Cannot write alerts to {}: {}. Stopping the sink; offsets of unwritten alerts are not committed.",
                    file.path(), e.getMessage());
        } finally {
            consumer.close();
            deadLetters.close();
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> r) throws IOException {
        Alert alert;
        try {
            alert = WirewatchSerdes.ALERT.read(r.value());
            if (alert == null) throw new IOException("null alert");
        } catch (IOException e) {
            String where = r.topic() + "-" + r.partition() + "@" + r.offset();
            deadLetters.send(new ProducerRecord<>(Topics.DEAD_LETTER.name(), where, DeadLetter.of(where, "sink",
                    "not a valid alert: " + JsonSerde.rootMessage(e), Instant.now(), r.value())));
            return;
        }
        if (file.append(alert)) {
            if (out != null) out.println(humanLine(alert));
            listeners.forEach(l -> l.accept(alert));
        }
    }

    /** Longest title shown; a text without a title header has its whole first paragraph as title. */
    static final int TITLE_MAX = 100;
    /** Longest first new sentence shown on the second line. */
    static final int NEWS_MAX = 160;

    /**
     * One line a person can scan: type, title (cut on a word boundary) and source, then on a second line
     * the first new sentence that does not only repeat the title (as the first paragraph of a text without a
     * title header does), if any.
     */
    public static String humanLine(Alert a) {
        StringBuilder s = new StringBuilder();
        String title = a.title().strip();
        s.append(a.type() == io.wirewatch.common.model.AlertType.NEW_STORY ? "NEW STORY  " : "DEVELOPMENT")
                .append("  ").append(title.isEmpty() ? "(untitled)" : shorten(title, TITLE_MAX));
        if (!a.source().isBlank()) s.append("  [").append(a.source()).append(']');
        // the first new sentence the title does not already say: a text without a title header has its first
        // paragraph as title, and that paragraph is often also the first of what is new
        for (String news : a.whatsNew()) {
            String n = news.strip();
            if (repeats(n, title)) continue;
            s.append("\n             ").append(shorten(n, NEWS_MAX));
            break;
        }
        return s.toString();
    }

    /** {@code text} cut to at most {@code max} characters at a word boundary, with "…" when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        // One very long word: cut inside it rather than show almost nothing.
        if (cut < max / 2) cut = max - 1;
        String head = text.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && ",;:-".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + "…";
    }

    /** True when one text starts with the other (spacing and case aside): showing both says the same twice. */
    static boolean repeats(String news, String title) {
        String n = fold(news);
        String t = fold(title);
        return !n.isEmpty() && !t.isEmpty() && (n.startsWith(t) || t.startsWith(n));
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The next offset this sink will read, per partition it owns (empty before assignment). */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }

    public JsonlAlertFile file() {
        return file;
    }

    @Override
    public void close() {
        stopped = true;
        consumer.wakeup();
    }
}
