package io.wirewatch.app.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Producer, consumer and Streams settings for article-sized records (3-5 KB of JSON), chosen from
 * measurement on 2 cores (see docs/benchmark.md): the default 16 KB {@code batch.size} holds about
 * three articles, so the producer sends tiny requests; 256 KB batches with a short linger gave 3-5x
 * the throughput, and lz4 compressed nearly as well as zstd for a fraction of the CPU. Serializers are
 * left to the caller. Reusable by any Wirewatch producer (ingest) or Streams application.
 */
public final class BenchTuning {
    /** 256 KB: about 60 articles per batch. */
    public static final int BATCH_SIZE = 256 * 1024;
    /** Long enough to fill batches under load, short next to the commit interval. */
    public static final int LINGER_MS = 10;
    public static final String COMPRESSION = "lz4";
    /** With exactly_once_v2 the ingest-to-output latency is about half of this plus processing. */
    public static final int COMMIT_INTERVAL_MS = 100;

    private BenchTuning() {
    }

    /** Idempotent producer with large lz4 batches (no serializers set). */
    public static Properties producerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.putAll(producerTuning());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        return p;
    }

    /** Only the throughput settings, to merge into another producer's configuration. */
    public static Map<String, Object> producerTuning() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_SIZE);
        m.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        m.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, COMPRESSION);
        return m;
    }

    /** A plain consumer that sees only committed records (the output of exactly_once_v2 applications). */
    public static Properties consumerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        return p;
    }

    /**
     * Streams settings: exactly_once_v2, one thread (2 cores are shared with the broker), the commit
     * interval above, and the tuned producer settings for Streams' own producer (sinks and repartitions).
     */
    public static Properties streamsProps(String applicationId, String bootstrap, String stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.putAll(streamsTuning());
        return p;
    }

    /** Only the Streams tuning, to merge into another application's configuration. */
    public static Map<String, Object> streamsTuning() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        m.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        m.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        producerTuning().forEach((k, v) -> m.put(StreamsConfig.producerPrefix(k), v));
        m.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 50);
        return m;
    }
}
