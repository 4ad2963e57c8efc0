package io.wirewatch.stream;

import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.TopicAdmin;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link WirewatchTopology} under Kafka Streams. Reads {@code wirewatch.articles.raw}; writes
 * {@code wirewatch.articles}, {@code wirewatch.duplicates}, {@code wirewatch.alerts} and
 * {@code wirewatch.deadletter}; creates and reads back {@code <application.id>-story-handoff}
 * ({@link WirewatchTopology#ownTopics}). Scale out by starting more instances with the same
 * {@code application.id} (and giving the topics more partitions).
 */
public final class StreamApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamApp.class);

    private final KafkaStreams streams;
    private final String bootstrap;
    private final Map<String, String> settings;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile Throwable fatal;

    public StreamApp(String bootstrap, Map<String, String> settings) {
        StreamConfig config = new StreamConfig(settings);
        this.bootstrap = bootstrap;
        this.settings = Map.copyOf(settings);
        Topology topology = WirewatchTopology.buildTopology(new StreamsBuilder(), settings);
        this.streams = new KafkaStreams(topology, streamsProperties(bootstrap, config));
        streams.setStateListener((now, before) -> {
            log.debug("Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) running.countDown();
            if (now == KafkaStreams.State.ERROR) running.countDown();
        });
        streams.setUncaughtExceptionHandler(e -> {
            // Per-record failures become dead letters inside the topology; what reaches here is
            // infrastructure (broker lost, fenced producer...). Replace the thread and carry on.
            log.error("Stream thread failed, replacing it: {}", e.toString());
            fatal = e;
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public static Properties streamsProperties(String bootstrap, StreamConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.getString(StreamConfig.PROCESSING_GUARANTEE));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.getLong(StreamConfig.COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replication());
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        // Bloom filters on every level and one shared block cache (why: RocksDbTuning).
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, RocksDbTuning.class);
        p.put(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES, config.getLong(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES));
        Properties producer = KafkaClients.producer(bootstrap, "unused");
        for (String k : new String[]{ProducerConfig.BATCH_SIZE_CONFIG, ProducerConfig.LINGER_MS_CONFIG,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, ProducerConfig.MAX_REQUEST_SIZE_CONFIG}) {
            p.put(StreamsConfig.producerPrefix(k), producer.get(k));
        }
        return p;
    }

    /** Starts and waits (up to the timeout) until the application is RUNNING. */
    public StreamApp start(Duration timeout) {
        // topics the topology reads that Streams does not create (a missing source topic stops Streams)
        List<NewTopic> own = WirewatchTopology.ownTopics(settings);
        TopicAdmin.ensureTopics(bootstrap, own);
        checkPartitions(own);
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout.toSeconds()
                        + " s (state " + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka Streams", e);
        }
        if (streams.state() == KafkaStreams.State.ERROR) {
            throw new IllegalStateException("Kafka Streams failed to start: " + fatal);
        }
        log.info("Stream topology running");
        return this;
    }

    /**
     * The handoff topic must have as many partitions as the story-by-id repartition (topic.partitions), or a
     * story's handoff would reach another task than the one developing the story: refuse to start rather.
     */
    private void checkPartitions(List<NewTopic> own) {
        try (Admin admin = Admin.create(TopicAdmin.adminProps(bootstrap))) {
            Map<String, TopicDescription> found = describe(admin, own.stream().map(NewTopic::name).toList());
            for (NewTopic t : own) {
                int has = found.get(t.name()).partitions().size();
                if (has != t.numPartitions()) {
                    throw new IllegalStateException("topic " + t.name() + " has " + has + " partitions but "
                            + "topic.partitions is " + t.numPartitions() + "; they must agree (recreate the topic"
                            + " or set topic.partitions to match)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topics", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot describe topics " + own + ": " + e.getMessage(), e);
        }
    }

    /**
     * Describes just-created topics: a broker answers "unknown topic" until the creation has reached its
     * metadata, so that answer is retried for a while.
     */
    private static Map<String, TopicDescription> describe(Admin admin, List<String> names)
            throws InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Stops and leaves the consumer group. Streams stays in the group by default (to spare a rebalance on
     * a rolling restart), which makes a restarted single instance wait out the old member's session
     * timeout (45 s) before it gets its tasks back; leaving makes `run` restart in seconds.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
