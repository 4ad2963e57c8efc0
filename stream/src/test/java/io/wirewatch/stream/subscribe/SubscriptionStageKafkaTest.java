package io.wirewatch.stream.subscribe;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.common.subscription.SubscriptionAdmin;
import io.wirewatch.stream.StageContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage in a real Kafka Streams application on the embedded broker, exactly-once: subscriptions
 * created while it runs apply without a restart, and after a restart the subscriptions are rebuilt from
 * the compacted topic.
 */
class SubscriptionStageKafkaTest {
    static final String INPUT = "test.alerts-with-articles";
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static SubscriptionAdmin admin;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(dir.resolve("broker"));
        CommonConfig common = new CommonConfig(Map.of(CommonConfig.TOPIC_PARTITIONS, 1));
        admin = new SubscriptionAdmin(kafka.bootstrapServers(), common);
        admin.ensureTopics();
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), List.of(TopicAdmin.newTopic(INPUT, false, common)));
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.close();
    }

    KafkaStreams streams() throws InterruptedException {
        StreamsBuilder builder = new StreamsBuilder();
        new SubscriptionStage(SubscriptionStageTest.IPTC).apply(
                builder.stream(INPUT, Consumed.with(Serdes.String(), SubscriptionStageTest.INPUT)),
                new StageContext(builder, Map.of()));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "subscription-stage-kafka-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        KafkaStreams s = new KafkaStreams(builder.build(), p);
        s.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (s.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) throw new AssertionError("streams not running: " + s.state());
            Thread.sleep(100);
        }
        return s;
    }

    /** Leaves the group on close, so the restarted instance need not wait out the old member's session. */
    static void close(KafkaStreams s) {
        s.close(org.apache.kafka.streams.CloseOptions.timeout(Duration.ofSeconds(30)).withGroupMembershipOperation(
                org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    static void send(AlertWithArticle a) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(INPUT, a.alert().storyId(), SubscriptionStageTest.INPUT.serialize(INPUT, a))).get();
        }
    }

    /** Reads a subscription topic (committed records only) until {@code n} alerts or the timeout. */
    static List<Alert> read(String id, int n, Duration timeout) {
        List<Alert> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            // Assigned, not subscribed: no consumer group to join, so reading starts at once.
            List<org.apache.kafka.common.TopicPartition> tps = c.partitionsFor(Topics.alertsFor(id)).stream()
                    .map(pi -> new org.apache.kafka.common.TopicPartition(pi.topic(), pi.partition())).toList();
            c.assign(tps);
            c.seekToBeginning(tps);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (out.size() < n && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    assertThat(new String(r.headers().lastHeader(SubscriptionStage.HEADER).value(), StandardCharsets.UTF_8))
                            .isEqualTo(id);
                    out.add(WirewatchSerdes.ALERT.deserialize(r.topic(), r.value().getBytes(StandardCharsets.UTF_8)));
                });
            }
        }
        return out;
    }

    @Test
    void liveSubscriptionsApplyWithoutRestartAndSurviveRestart() throws Exception {
        admin.put(new Subscription("anthropic", "entity:Anthropic AND NOT topic:sport", null, null, null, null, Instant.now()));
        admin.put(new Subscription("rates", "\"interest rates\" OR entity:\"Bank of England\"", null, null, null, null, Instant.now()));
        try (KafkaStreams s = streams()) {
            send(SubscriptionStageTest.anthropicExportControl("alert-1", AlertType.NEW_STORY));
            send(SubscriptionStageTest.footballAlert());
            assertThat(read("anthropic", 1, Duration.ofSeconds(60))).extracting(Alert::alertId).containsExactly("alert-1");

            admin.put(new Subscription("late", "claude OR directive", null, null, null, null, Instant.now()));
            Thread.sleep(1_000); // the global thread reads the new subscription asynchronously
            send(SubscriptionStageTest.anthropicExportControl("alert-2", AlertType.DEVELOPMENT));
            assertThat(read("late", 1, Duration.ofSeconds(60))).extracting(Alert::alertId).containsExactly("alert-2");
            close(s);
        }
        try (KafkaStreams s = streams()) {
            send(SubscriptionStageTest.anthropicExportControl("alert-3", AlertType.NEW_STORY));
            assertThat(read("anthropic", 3, Duration.ofSeconds(60))).extracting(Alert::alertId)
                    .containsExactly("alert-1", "alert-2", "alert-3");
            assertThat(read("late", 2, Duration.ofSeconds(30))).extracting(Alert::alertId).containsExactly("alert-2", "alert-3");
            close(s);
        }
        assertThat(read("rates", 1, Duration.ofSeconds(3))).isEmpty();
    }
}
