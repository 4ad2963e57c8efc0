package io.wirewatch.sink.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.common.subscription.SubscriptionAdmin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery against a real embedded Kafka broker and a real HTTP receiver on loopback. */
class SubscriptionDeliveryServiceTest {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static SubscriptionAdmin admin;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dir.resolve("broker"));
        admin = new SubscriptionAdmin(kafka.bootstrapServers(), new CommonConfig(Map.of(CommonConfig.TOPIC_PARTITIONS, 2)));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) kafka.close();
    }

    static DeliveryConfig config(String group, int attempts) {
        Map<String, Object> m = new HashMap<>();
        m.put(DeliveryConfig.GROUP_ID, group);
        m.put(DeliveryConfig.JSONL_DIR, dir.resolve("jsonl").toString());
        m.put(DeliveryConfig.WEBHOOK_MAX_ATTEMPTS, attempts);
        m.put(DeliveryConfig.WEBHOOK_BACKOFF_INITIAL_MS, 20);
        m.put(DeliveryConfig.WEBHOOK_TIMEOUT_MS, 5_000);
        m.put(DeliveryConfig.POLL_TIMEOUT_MS, 200);
        m.put(DeliveryConfig.MAX_POLL_RECORDS, 5);
        return new DeliveryConfig(m);
    }

    static void publish(String subscriptionId, int count) throws Exception {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                Alert a = WebhookDeliveryTest.alert(subscriptionId + "-" + i).forSubscription(subscriptionId);
                p.send(new ProducerRecord<>(Topics.alertsFor(subscriptionId), a.storyId(), WirewatchSerdes.ALERT.toJson(a))).get();
            }
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    static List<String> jsonlIds(Path file) throws Exception {
        if (!Files.exists(file)) return List.of();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(file)) ids.add(JsonSerde.MAPPER.readTree(line).path("alertId").asText());
        return ids;
    }

    @Test
    void adminCreatesListsReplacesAndDeletesSubscriptions() throws Exception {
        Subscription a = new Subscription("admin-a", "entity:Anthropic AND NOT topic:sport", null, null, null, null, Instant.now());
        Subscription b = new Subscription("admin-b", "strike", null, "https://example.com/h", SubscriptionAdmin.newSecret(), null,
                Instant.now());
        admin.put(a);
        admin.put(b);
        try (var ad = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            assertThat(ad.listTopics().names().get()).contains("wirewatch.alerts.admin-a", "wirewatch.alerts.admin-b",
                    Topics.SUBSCRIPTIONS.name(), Topics.DELIVERY_DEAD_LETTER.name());
        }
        assertThat(admin.list()).contains(a, b);
        Subscription a2 = new Subscription("admin-a", "entity:Anthropic", null, null, null, null, Instant.now());
        admin.put(a2);
        assertThat(admin.get("admin-a")).contains(a2);
        assertThat(admin.delete("admin-a")).isTrue();
        assertThat(admin.delete("admin-a")).isFalse();
        assertThat(admin.list()).extracting(Subscription::id).doesNotContain("admin-a").contains("admin-b");
    }

    @Test
    void tailStopsAfterCountOrWhenIdle() throws Exception {
        admin.put(new Subscription("tailed", "strike", null, null, null, null, Instant.now()));
        publish("tailed", 3);
        List<Alert> got = new ArrayList<>();
        long n = SubscriptionTail.tail(kafka.bootstrapServers(), "tailed",
                new SubscriptionTail.Options(true, 2, Duration.ofSeconds(20)), got::add, () -> false);
        assertThat(n).isEqualTo(2);
        got.clear();
        n = SubscriptionTail.tail(kafka.bootstrapServers(), "tailed",
                new SubscriptionTail.Options(true, 0, Duration.ofSeconds(2)), got::add, () -> false);
        assertThat(n).isEqualTo(3);
        assertThat(got).extracting(Alert::alertId).containsExactlyInAnyOrder("tailed-0", "tailed-1", "tailed-2");
        assertThat(SubscriptionTail.tail(kafka.bootstrapServers(), "tailed",
                new SubscriptionTail.Options(false, 0, Duration.ofSeconds(1)), got::add, () -> false)).isZero();
    }

    @Test
    void restartMidStreamDeliversEveryAlertExactlyOnceSigned() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(n -> LoopbackReceiver.SLOW)) {
            receiver.slowMillis = 60;
            Path file = dir.resolve("restart.jsonl");
            admin.put(new Subscription("restart", "strike", null, receiver.url(), "restart-secret", file.toString(), Instant.now()));
            publish("restart", 30);

            SubscriptionDeliveryService first = new SubscriptionDeliveryService(config("restart-group", 3), kafka.bootstrapServers());
            first.start();
            await("ten deliveries", () -> receiver.accepted().size() >= 10);
            assertThat(first.stop(Duration.ofSeconds(30))).isTrue();
            int beforeRestart = receiver.accepted().size();
            assertThat(beforeRestart).as("stopped mid-stream").isLessThan(30);

            SubscriptionDeliveryService second = new SubscriptionDeliveryService(config("restart-group", 3), kafka.bootstrapServers());
            second.start();
            await("all thirty in the file", () -> {
                try {
                    return jsonlIds(file).size() >= 30 && receiver.accepted().size() >= 30;
                } catch (Exception e) {
                    return false;
                }
            });
            Thread.sleep(1_000); // room for a duplicate to show up if there were one
            assertThat(second.stop(Duration.ofSeconds(30))).isTrue();

            List<String> keys = receiver.accepted().stream().map(r -> r.header("Idempotency-Key")).toList();
            assertThat(keys).hasSize(30).doesNotHaveDuplicates();
            for (LoopbackReceiver.Received r : receiver.accepted()) {
                assertThat(r.header("X-Wirewatch-Signature")).isEqualTo(WebhookPayload.signature("restart-secret", r.body()));
            }
            List<String> lines = jsonlIds(file);
            assertThat(lines).hasSize(30).doesNotHaveDuplicates();
            assertThat(new HashSet<>(lines)).isEqualTo(new HashSet<>(keys));
        }
    }

    @Test
    void receiverThatStaysDownDeadLettersWithReasonAndIsNotRetriedAfterRestart() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(n -> 500)) {
            admin.put(new Subscription("down", "strike", null, receiver.url(), "down-secret", null, Instant.now()));
            publish("down", 2);

            SubscriptionDeliveryService service = new SubscriptionDeliveryService(config("down-group", 3), kafka.bootstrapServers());
            service.start();
            await("two dead letters", () -> service.deadLetteredCount() >= 2);
            assertThat(service.stop(Duration.ofSeconds(30))).isTrue();
            assertThat(receiver.requests).hasSize(6); // 3 attempts per alert

            Map<String, DeadLetter> dead = readDeadLetters(Set.of("down-0", "down-1"));
            assertThat(dead).containsOnlyKeys("down-0", "down-1");
            for (DeadLetter dl : dead.values()) {
                assertThat(dl.stage()).isEqualTo("delivery");
                assertThat(dl.reason()).contains("failed 3 attempts").contains("HTTP 500");
                assertThat(dl.input()).startsWith("wirewatch.alerts.down-");
                JsonNode payload = JsonSerde.MAPPER.readTree(dl.payload().getBytes(StandardCharsets.UTF_8));
                assertThat(payload.path("alertId").asText()).isIn("down-0", "down-1");
            }
            // The file target worked independently of the webhook.
            assertThat(jsonlIds(dir.resolve("jsonl/down.jsonl"))).containsExactlyInAnyOrder("down-0", "down-1");

            SubscriptionDeliveryService again = new SubscriptionDeliveryService(config("down-group", 3), kafka.bootstrapServers());
            again.start();
            Thread.sleep(3_000);
            assertThat(again.stop(Duration.ofSeconds(30))).isTrue();
            assertThat(receiver.requests).as("dead-lettered alerts were committed").hasSize(6);
        }
    }

    static Map<String, DeadLetter> readDeadLetters(Set<String> keys) throws InterruptedException {
        Map<String, DeadLetter> out = new HashMap<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(Topics.DELIVERY_DEAD_LETTER.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!out.keySet().containsAll(keys) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) out.put(r.key(), WirewatchSerdes.DEAD_LETTER.deserialize(r.topic(),
                            r.value().getBytes(StandardCharsets.UTF_8)));
                });
            }
        }
        return out;
    }
}
