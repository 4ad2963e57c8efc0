package io.wirewatch.app.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** The Kafka side of the benchmark: producing segments, pinning start offsets, running Streams apps. */
final class KafkaRuns implements AutoCloseable {
    /** One article ready to send: key, JSON bytes and the benchmark's sequence header. */
    record Payload(String key, byte[] value, String seq) {
    }

    private final String bootstrap;
    private final Path stateDir;
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final Progress progress;

    KafkaRuns(String bootstrap, Path stateDir, Progress progress) {
        this.bootstrap = bootstrap;
        this.stateDir = stateDir;
        this.progress = progress;
        this.admin = Admin.create(io.wirewatch.common.TopicAdmin.adminProps(bootstrap));
        this.producer = new KafkaProducer<>(BenchTuning.producerProps(bootstrap), new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Current end offsets of a topic: where the next segment starts. */
    Map<TopicPartition, Long> endOffsets(String topic) {
        try {
            var parts = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions();
            Map<TopicPartition, OffsetSpec> req = new HashMap<>();
            parts.forEach(p -> req.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> out = new HashMap<>();
            admin.listOffsets(req).all().get(30, TimeUnit.SECONDS).forEach((tp, r) -> out.put(tp, r.offset()));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends {@code count} records as fast as the producer takes them and waits until all are acknowledged.
     * Returns the elapsed nanoseconds.
     */
    long produce(String topic, int count, IntFunction<Payload> payload, String label) {
        long t0 = System.nanoTime();
        AtomicReference<Exception> error = new AtomicReference<>();
        for (int i = 0; i < count; i++) {
            Payload p = payload.apply(i);
            send(topic, p, error);
            if (i % 5000 == 4999) progress.update(label + ": produced " + (i + 1) + "/" + count);
        }
        producer.flush();
        if (error.get() != null) throw new IllegalStateException("producing to " + topic + " failed", error.get());
        return System.nanoTime() - t0;
    }

    void send(String topic, Payload p, AtomicReference<Exception> error) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, p.key(), p.value());
        r.headers().add(OutputTracker.SEQ_HEADER, p.seq().getBytes(StandardCharsets.UTF_8));
        producer.send(r, (md, e) -> {
            if (e != null) error.compareAndSet(null, e);
        });
    }

    void flush() {
        producer.flush();
    }

    /** Makes a new application start reading its source topic at the given offsets. */
    void pinStart(String applicationId, Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> m = new HashMap<>();
        offsets.forEach((tp, o) -> m.put(tp, new OffsetAndMetadata(o)));
        try {
            admin.alterConsumerGroupOffsets(applicationId, m).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set the start offsets of " + applicationId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the application has caught up with every topic it reads, its own repartition topics included
     * (committed offsets within one per partition of the read_committed end: a transaction's commit marker
     * takes an offset), so that work left over from one measured phase (copies the story stage still counts,
     * say) does not slow down the next. Gives up, with a note, after the timeout.
     */
    void awaitIdle(App app, Duration timeout, String label) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag = -1;
        long lastNote = System.nanoTime();
        while (System.nanoTime() < deadline) {
            app.checkHealthy();
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(app.appId)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                        org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS);
                lag = 0;
                for (var e : committed.entrySet()) {
                    if (e.getValue() == null || !ends.containsKey(e.getKey())) continue;
                    lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset() - 1);
                }
                if (lag == 0) return;
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the lag of " + app.appId + ": " + e.getMessage(), e);
            }
            if (System.nanoTime() - lastNote > 2_000_000_000L) {
                progress.update(label + ": waiting for the app to catch up, " + lag + " records behind");
                lastNote = System.nanoTime();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        progress.update(label + ": still " + lag + " records behind after " + timeout.toSeconds() + " s; measuring anyway");
    }

    /** A started Streams application that is RUNNING. */
    final class App implements AutoCloseable {
        final KafkaStreams streams;
        final String appId;
        final long startupMs;
        final long runningAtNanos;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        App(Topology topology, String appId) {
            this.appId = appId;
            long t0 = System.nanoTime();
            streams = new KafkaStreams(topology, BenchTuning.streamsProps(appId, bootstrap, stateDir.toString()));
            CountDownLatch running = new CountDownLatch(1);
            streams.setStateListener((now, old) -> {
                if (now == KafkaStreams.State.RUNNING) running.countDown();
            });
            streams.setUncaughtExceptionHandler(e -> {
                failure.compareAndSet(null, e);
                running.countDown();
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.start();
            try {
                if (!running.await(120, TimeUnit.SECONDS)) throw new IllegalStateException(appId + " did not start within 120 s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            checkHealthy();
            runningAtNanos = System.nanoTime();
            startupMs = TimeUnit.NANOSECONDS.toMillis(runningAtNanos - t0);
        }

        void checkHealthy() {
            if (failure.get() != null) {
                throw new IllegalStateException("Streams application " + appId + " failed: " + failure.get(), failure.get());
            }
        }

        /**
         * Sum of a RocksDB property over all stores of this app, from the Streams metrics (group
         * {@code stream-state-metrics}): for example {@code total-sst-files-size},
         * {@code cur-size-all-mem-tables}, {@code estimate-num-keys}. Unlike the files on disk this includes
         * what is still in memtables. -1 when the metric is not there.
         */
        long storeMetric(String name) {
            long sum = 0;
            boolean found = false;
            for (var e : streams.metrics().entrySet()) {
                if (!e.getKey().group().equals("stream-state-metrics") || !e.getKey().name().equals(name)) continue;
                Object v = e.getValue().metricValue();
                if (v instanceof Number n) {
                    sum += n.longValue();
                    found = true;
                }
            }
            return found ? sum : -1;
        }

        /** Closes, measures the local state on disk, then deletes it. */
        long closeAndMeasureState() {
            streams.close(Duration.ofSeconds(60));
            long bytes = sizeOf(stateDir.resolve(appId));
            streams.cleanUp();
            return bytes;
        }

        @Override
        public void close() {
            streams.close(Duration.ofSeconds(60));
        }
    }

    App start(Topology topology, String appId) {
        return new App(topology, appId);
    }

    /** What one measured batch reports. */
    record BatchResult(int count, double perSec, double seconds, double produceSeconds, Map<String, Integer> perTopic,
                       int accounted) {
    }

    /**
     * Sends {@code count} records as fast as the producer takes them into a running application and
     * waits until each has come out: the rate is count / (last output visible - first send), so it covers
     * producing, processing and the final transaction commit, as a user of the pipeline would see it.
     */
    BatchResult measureBatch(App app, String topic, List<String> outputs, String set, int count,
                             IntFunction<Payload> payload, Duration timeout, String label) {
        try (OutputTracker t = new OutputTracker(bootstrap, outputs, null, set, 0, count)) {
            long t0 = System.nanoTime();
            produce(topic, count, payload, label);
            long produced = System.nanoTime();
            awaitAccounted(app, t, timeout, label);
            long[] times = t.visibleTimes();
            double secs = (times[times.length - 1] - t0) / 1e9;
            return new BatchResult(count, count / secs, secs, (produced - t0) / 1e9, t.perTopic(), t.accounted());
        }
    }

    void awaitAccounted(App app, OutputTracker tracker, Duration timeout, String label) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastCount = -1;
        long lastAt = System.nanoTime();
        while (tracker.accounted() < tracker.expected()) {
            app.checkHealthy();
            if (tracker.failure() != null) throw new IllegalStateException("output consumer failed", tracker.failure());
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(label + ": only " + tracker.accounted() + " of " + tracker.expected()
                        + " inputs came out within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            long now = System.nanoTime();
            if (now - lastAt > 2_000_000_000L) {
                int c = tracker.accounted();
                String rate = lastCount < 0 ? "" : String.format(java.util.Locale.ROOT, ", %.0f/s",
                        (c - lastCount) * 1e9 / (now - lastAt));
                String other = tracker.foreign() > 0 ? ", " + tracker.foreign() + " history outputs" : "";
                progress.update(label + ": " + c + "/" + tracker.expected() + " accounted" + rate + other);
                lastCount = c;
                lastAt = now;
            }
        }
    }

    static long sizeOf(Path dir) {
        return sizeOf(dir, "");
    }

    /**
     * Bytes in the regular files under {@code dir} whose names end with {@code suffix}. The broker's
     * {@code .index}/{@code .timeindex} files are preallocated sparse files, hence the suffix filter.
     */
    static long sizeOf(Path dir, String suffix) {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // removed meanwhile (RocksDB compaction)
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(10));
    }
}
