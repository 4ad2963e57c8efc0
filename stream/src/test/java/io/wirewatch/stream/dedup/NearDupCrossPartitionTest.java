package io.wirewatch.stream.dedup;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Ids;
import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.StreamApp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.wirewatch.stream.StreamInstances.awaitBothOwnTasks;
import static io.wirewatch.stream.StreamInstances.instance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Kafka Streams instances on the embedded broker, a 4-partition input topic, and every copy
 * written to a different input partition than its original: the band-key repartition must still
 * bring them together.
 */
class NearDupCrossPartitionTest {
    private static final int PARTITIONS = 4;

    @TempDir
    Path dir;

    @Test
    void matchesCopiesOnDifferentPartitionsAcrossTwoInstances() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("broker"))) {
            String bootstrap = kafka.bootstrapServers();
            Map<String, String> settings = new HashMap<>(Map.of(
                    CommonConfig.BOOTSTRAP_SERVERS, bootstrap,
                    CommonConfig.APPLICATION_ID, "wirewatch-neardup-it",
                    CommonConfig.TOPIC_PARTITIONS, String.valueOf(PARTITIONS)));
            TopicAdmin.ensure(bootstrap, new CommonConfig(settings), Topics.CORE);

            Instant t0 = Instant.now().minusSeconds(3600);
            List<RawArticle> originals = new ArrayList<>();
            for (int i = 0; i < 5; i++) originals.add(Fixtures.seedArticle(i, t0.plusSeconds(i)));
            CopyEditor editor = new CopyEditor(42);
            List<RawArticle> copies = List.of(
                    Fixtures.headerFile(Fixtures.SYNDICATED, t0.plusSeconds(600)),
                    copy(editor.syndicate(Fixtures.paragraphs(Fixtures.seed(0))), "https://x.example/0", t0.plusSeconds(601)),
                    copy(editor.cut(Fixtures.paragraphs(Fixtures.seed(3)), 2), "https://y.example/3", t0.plusSeconds(602)),
                    copy(editor.reword(Fixtures.paragraphs(Fixtures.seed(4)), 0.2), "https://z.example/4", t0.plusSeconds(603)));
            Map<String, String> expectedOriginal = Map.of(
                    id(copies.get(0)), id(originals.get(2)),
                    id(copies.get(1)), id(originals.get(0)),
                    id(copies.get(2)), id(originals.get(3)),
                    id(copies.get(3)), id(originals.get(4)));

            try (StreamApp a = new StreamApp(bootstrap, instance(settings, dir.resolve("a")));
                 StreamApp b = new StreamApp(bootstrap, instance(settings, dir.resolve("b")))) {
                a.start(Duration.ofSeconds(60));
                b.start(Duration.ofSeconds(60));
                awaitBothOwnTasks(a, b);

                Map<String, String> dupOf = new HashMap<>();
                Set<String> accepted = new java.util.HashSet<>();
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        KafkaClients.producer(bootstrap, "neardup-it"), new StringSerializer(), new ByteArraySerializer());
                     KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                             KafkaClients.consumer(bootstrap, null, true), new StringDeserializer(), new StringDeserializer())) {
                    List<org.apache.kafka.common.TopicPartition> tps = new ArrayList<>();
                    for (int p = 0; p < PARTITIONS; p++) {
                        tps.add(new org.apache.kafka.common.TopicPartition(Topics.DUPLICATES.name(), p));
                        tps.add(new org.apache.kafka.common.TopicPartition(Topics.ARTICLES.name(), p));
                    }
                    consumer.assign(tps);
                    consumer.seekToBeginning(tps);

                    for (int i = 0; i < originals.size(); i++) send(producer, originals.get(i), i % PARTITIONS);
                    producer.flush();
                    // Copies come after their originals have been decided, as syndication does (a copy
                    // racing its original through the pipeline within the same commit may go unmatched;
                    // the (time, id) order guarantees that the two are then never both dropped).
                    poll(consumer, dupOf, accepted, () -> accepted.size() >= originals.size());
                    // Each copy on another partition than its original (originals 0, 2, 3, 4 sit on 0, 2, 3, 0).
                    send(producer, copies.get(0), 3);
                    send(producer, copies.get(1), 1);
                    send(producer, copies.get(2), 2);
                    send(producer, copies.get(3), 1);
                    producer.flush();
                    poll(consumer, dupOf, accepted, () -> dupOf.size() + accepted.size() >= originals.size() + copies.size());
                }
                assertThat(dupOf).isEqualTo(expectedOriginal);
                assertThat(accepted).containsExactlyInAnyOrderElementsOf(originals.stream().map(NearDupCrossPartitionTest::id).toList());
            }
        }
    }

    /** Reads duplicates and accepted articles until the condition holds or 60 s have passed. */
    private static void poll(KafkaConsumer<String, String> consumer, Map<String, String> dupOf, Set<String> accepted,
                             java.util.function.BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                byte[] v = r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (r.topic().equals(Topics.DUPLICATES.name())) {
                    Duplicate d = WirewatchSerdes.DUPLICATE.deserialize(r.topic(), v);
                    assertThat(d.kind()).isEqualTo("NEAR");
                    assertThat(r.key()).isEqualTo(d.duplicateOf());
                    dupOf.put(d.articleId(), d.duplicateOf());
                } else {
                    accepted.add(WirewatchSerdes.ARTICLE.deserialize(r.topic(), v).articleId());
                }
            }
        }
    }


    private static RawArticle copy(List<String> paragraphs, String url, Instant at) {
        return Fixtures.raw(url, "Copy " + url, "copy", CopyEditor.join(paragraphs), at, url);
    }

    private static String id(RawArticle r) {
        return Ids.articleId(Ids.canonicalUrl(r.url()), null);
    }

    private static void send(KafkaProducer<String, byte[]> producer, RawArticle a, int partition) {
        producer.send(new ProducerRecord<>(Topics.RAW.name(), partition, a.fetchedAt().toEpochMilli(), a.id(),
                WirewatchSerdes.RAW_ARTICLE.serialize(null, a)));
    }
}
