package io.wirewatch.app.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads output topics from the offsets they had before a run and accounts for each expected input
 * once: the first output record that names it (accepted article, duplicate or dead letter) marks it as
 * done, with the wall-clock time it became visible (read_committed, so after the Streams commit) and
 * its latency (visible time minus the record timestamp, which Streams carries over from the input's
 * produce time). Alerts are timed but do not account for inputs, since not every input raises one.
 *
 * <p>An input is identified by the {@value #SEQ_HEADER} header the benchmark producer sets ({@code set/i});
 * should a stage drop headers, the {@code input} field ({@code bench/set/i}) of the JSON value is used.
 */
final class OutputTracker implements AutoCloseable {
    static final String SEQ_HEADER = "wirewatch.bench.seq";
    private static final JsonFactory JSON = new JsonFactory();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String set;
    private final int lo;
    private final int hi;
    private final String alertTopic;
    private final BitSet seen;
    private final long[] visibleNanos;
    private final long[] latencyMs;
    private final List<long[]> alertLatencyMs = new ArrayList<>();
    private final Map<String, Integer> perTopic = new HashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;
    private volatile int accounted;
    private volatile Throwable failure;
    private long foreign;

    /**
     * Starts reading {@code accountingTopics} (and {@code alertTopic}, may be null) from their current
     * end offsets, expecting inputs {@code set/lo} to {@code set/hi-1}.
     */
    OutputTracker(String bootstrap, List<String> accountingTopics, String alertTopic, String set, int lo, int hi) {
        this.set = set;
        this.lo = lo;
        this.hi = hi;
        this.alertTopic = alertTopic;
        this.seen = new BitSet(hi - lo);
        this.visibleNanos = new long[hi - lo];
        this.latencyMs = new long[hi - lo];
        var props = BenchTuning.consumerProps(bootstrap);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        List<String> all = new ArrayList<>(accountingTopics);
        if (alertTopic != null) all.add(alertTopic);
        for (String t : all) {
            for (PartitionInfo p : consumer.partitionsFor(t, Duration.ofSeconds(30))) {
                parts.add(new TopicPartition(t, p.partition()));
            }
        }
        consumer.assign(parts);
        // Pin the positions now, before the run produces anything.
        consumer.endOffsets(parts, Duration.ofSeconds(30)).forEach(consumer::seek);
        parts.forEach(consumer::position);
        thread = new Thread(this::loop, "bench-tracker-" + set);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!stop.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) continue;
                long nowNanos = System.nanoTime();
                long nowMs = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    int i = index(r);
                    if (r.topic().equals(alertTopic)) {
                        if (i >= 0) synchronized (alertLatencyMs) {
                            alertLatencyMs.add(new long[]{i, nowMs - r.timestamp()});
                        }
                        continue;
                    }
                    if (i < 0) {
                        foreign++;
                        continue;
                    }
                    synchronized (this) {
                        perTopic.merge(r.topic(), 1, Integer::sum);
                        if (!seen.get(i - lo)) {
                            seen.set(i - lo);
                            visibleNanos[i - lo] = nowNanos;
                            latencyMs[i - lo] = nowMs - r.timestamp();
                            accounted++;
                        }
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** The expected input index this record answers for, or -1. */
    private int index(ConsumerRecord<byte[], byte[]> r) {
        Header h = r.headers().lastHeader(SEQ_HEADER);
        String id = h != null ? new String(h.value(), StandardCharsets.UTF_8) : inputField(r.value());
        if (id == null) return -1;
        if (id.startsWith("bench/")) id = id.substring("bench/".length());
        int slash = id.indexOf('/');
        if (slash < 0 || !id.regionMatches(0, set, 0, slash) || slash != set.length()) return -1;
        try {
            int i = Integer.parseInt(id.substring(slash + 1));
            return i >= lo && i < hi ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The top-level "input" field of a JSON object, read without building the object. */
    private static String inputField(byte[] value) {
        if (value == null) return null;
        try (JsonParser p = JSON.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("input".equals(name) && t == JsonToken.VALUE_STRING) return p.getText();
                p.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    int accounted() {
        return accounted;
    }

    int expected() {
        return hi - lo;
    }

    Throwable failure() {
        return failure;
    }

    synchronized Map<String, Integer> perTopic() {
        return new HashMap<>(perTopic);
    }

    long foreign() {
        return foreign;
    }

    /** Visible times (ns) of the accounted inputs, sorted. */
    synchronized long[] visibleTimes() {
        long[] out = new long[accounted];
        int k = 0;
        for (int b = seen.nextSetBit(0); b >= 0; b = seen.nextSetBit(b + 1)) out[k++] = visibleNanos[b];
        java.util.Arrays.sort(out);
        return out;
    }

    /** Latencies (ms) of accounted inputs with index >= from. */
    synchronized List<Long> latencies(int from) {
        List<Long> out = new ArrayList<>();
        for (int b = seen.nextSetBit(Math.max(0, from - lo)); b >= 0; b = seen.nextSetBit(b + 1)) out.add(latencyMs[b]);
        return out;
    }

    /** Latencies (ms) of alerts raised by inputs with index >= from. */
    List<Long> alertLatencies(int from) {
        synchronized (alertLatencyMs) {
            return alertLatencyMs.stream().filter(a -> a[0] >= from).map(a -> a[1]).toList();
        }
    }

    @Override
    public void close() {
        stop.set(true);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
