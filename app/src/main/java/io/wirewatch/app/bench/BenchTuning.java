package io.wirewatch.app.bench;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.KafkaClients;
import io.wirewatch.stream.StreamApp;
import io.wirewatch.stream.StreamConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The client settings the benchmark runs with, which are the ones Wirewatch itself runs with: the
 * producer of {@link KafkaClients#producer} and the Streams configuration of
 * {@link StreamApp#streamsProperties}, so what is measured is what is deployed. Chosen from measurement
 * on 2 cores (docs/benchmark.md): the default 16 KB {@code batch.size} holds about three 3-5 KB articles;
 * 256 KB batches with a 5-20 ms linger gave 3-5x the throughput; lz4 beat zstd (CPU is the scarce
 * resource); with exactly_once_v2 the latency is about half the commit interval plus processing.
 */
public final class BenchTuning {
    private BenchTuning() {
    }

    /** Idempotent, acks=all producer with large lz4 batches (no serializers set). */
    public static Properties producerProps(String bootstrap) {
        return KafkaClients.producer(bootstrap, "wirewatch-bench");
    }

    /** A plain consumer that sees only committed records (the output of exactly_once_v2 applications). */
    public static Properties consumerProps(String bootstrap) {
        Properties p = KafkaClients.consumer(bootstrap, null, true);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        return p;
    }

    /** Exactly the Streams configuration of {@link StreamApp}, with the benchmark's application id and state dir. */
    public static Properties streamsProps(String applicationId, String bootstrap, String stateDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrap);
        settings.put(CommonConfig.APPLICATION_ID, applicationId);
        settings.put(StreamConfig.STATE_DIR, stateDir);
        return StreamApp.streamsProperties(bootstrap, new StreamConfig(settings));
    }

    /** The settings that matter for throughput and latency, for the report. */
    public static Map<String, Object> describe() {
        Properties producer = producerProps("unused:9092");
        Properties streams = streamsProps("wirewatch-bench", "unused:9092", "unused");
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : new String[]{ProducerConfig.BATCH_SIZE_CONFIG, ProducerConfig.LINGER_MS_CONFIG,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, ProducerConfig.ACKS_CONFIG}) {
            m.put("producer." + k, String.valueOf(producer.get(k)));
        }
        for (String k : new String[]{StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG),
                StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG),
                StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG)}) {
            m.put("streams." + k, String.valueOf(streams.get(k)));
        }
        return m;
    }
}
