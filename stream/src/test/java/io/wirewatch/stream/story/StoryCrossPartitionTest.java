package io.wirewatch.stream.story;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.StreamApp;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
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
 * Two Kafka Streams instances on the embedded broker, 4 partitions, the seeds written to different input
 * partitions: every article still finds its story (the assignment task sees them all), the development
 * step runs on the story-by-id repartition's 4 partitions, and the seeds give the same alerts as in one
 * process: one NEW_STORY (000) and DEVELOPMENTs for 002 and 004.
 */
class StoryCrossPartitionTest {
    private static final int PARTITIONS = 4;
    private static final String APP = "wirewatch-story-it";

    @TempDir
    Path dir;

    @Test
    void seedsFormOneStoryAcrossPartitionsAndTwoInstances() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("broker"))) {
            String bootstrap = kafka.bootstrapServers();
            Map<String, String> settings = new HashMap<>(Map.of(
                    CommonConfig.BOOTSTRAP_SERVERS, bootstrap,
                    CommonConfig.APPLICATION_ID, APP,
                    CommonConfig.TOPIC_PARTITIONS, String.valueOf(PARTITIONS),
                    // items go in one at a time, so the reorder wait has nothing to put in order: a short one
                    // keeps each item's round trip short (the default 5 s made this the slowest test)
                    StoryConfig.REORDER_MS, "300"));
            TopicAdmin.ensure(bootstrap, new CommonConfig(settings), Topics.CORE);

            List<RawArticle> seeds = new ArrayList<>();
            Instant t = Instant.now().minus(Duration.ofHours(6));
            for (Path f : PlainTextArticles.list(StoryTopologyTest.SEEDS)) {
                PlainTextArticles.Text text = PlainTextArticles.read(f);
                seeds.add(new RawArticle(f.getFileName().toString(), f.getFileName().toString(), "", null, null,
                        t, null, null, text.title(), text.body(), null, null, null, "txt", null));
                t = t.plusSeconds(3600);
            }

            // One after the other, as a feed delivers them: each seed goes in once the one before has
            // come out (a burst is ordered by the reorder buffer, but only within story.reorder.ms, and a
            // rebalance between two fresh instances can hold a partition back for longer than that).
            Observed o = feedOneByOne(bootstrap, settings, "story-it", seeds, i -> (i * 3) % PARTITIONS,
                    seen -> seen.alerts.size() >= 3
                            && seen.stories.values().stream().anyMatch(st -> st.articleCount() == seeds.size()));
            Map<String, String> storyOfInput = o.storyOfInput;
            Map<String, String> inputOfId = o.inputOfId;
            List<Alert> alerts = o.alerts;
            Map<String, StorySummary> stories = o.stories;
            assertThat(storyOfInput).hasSize(5);
            assertThat(Set.copyOf(storyOfInput.values())).hasSize(1);
            Map<String, AlertType> alertByInput = new HashMap<>();
            for (Alert al : alerts) alertByInput.put(inputOfId.get(al.articleId()), al.type());
            assertThat(alertByInput).as("alerts %s, ids %s", alerts.stream()
                    .map(al -> al.type() + " " + al.articleId() + " " + al.createdAt()).toList(), inputOfId).containsEntry(seeds.get(0).input(), AlertType.NEW_STORY)
                    .containsEntry(seeds.get(2).input(), AlertType.DEVELOPMENT)
                    .containsEntry(seeds.get(4).input(), AlertType.DEVELOPMENT);
            assertThat(alerts).filteredOn(al -> al.type() == AlertType.NEW_STORY).hasSize(1);
            assertThat(stories).hasSize(1);
            assertThat(stories.values().iterator().next().articleCount()).isEqualTo(5);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                String byId = APP + "-story-by-id-repartition";
                String byIndex = APP + "-story-by-index-repartition";
                var topics = admin.describeTopics(List.of(byId, byIndex)).allTopicNames().get();
                assertThat(topics.get(byId).partitions()).hasSize(PARTITIONS);
                assertThat(topics.get(byIndex).partitions()).hasSize(1);
            }
        }
    }

    @Test
    void mergedStoryHandsOverToAStoryOnAnotherPartition() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("broker"))) {
            String bootstrap = kafka.bootstrapServers();
            String app = APP + "-merge";
            Map<String, String> settings = new HashMap<>(Map.of(
                    CommonConfig.BOOTSTRAP_SERVERS, bootstrap,
                    CommonConfig.APPLICATION_ID, app,
                    CommonConfig.TOPIC_PARTITIONS, String.valueOf(PARTITIONS),
                    // items go in one at a time, so the reorder wait has nothing to put in order: a short one
                    // keeps each item's round trip short (the default 5 s made this the slowest test)
                    StoryConfig.REORDER_MS, "300"));
            settings.putAll(StoryTopologyTest.MERGE_AT_FIRST_BRIDGE); // one bridging article merges: the handoff is under test
            TopicAdmin.ensure(bootstrap, new CommonConfig(settings), Topics.CORE);
            // the handoff topic is left to StreamApp, which must create it before Streams starts
            List<RawArticle> items = StoryTopologyTest.mergeThenRewrite(Instant.now().minus(Duration.ofHours(6)));

            Observed o = feedOneByOne(bootstrap, settings, "story-merge-it", items, i -> i % PARTITIONS, seen -> {
                String survivor = seen.storyOfInput.get("fossil");
                return seen.storyOfInput.size() >= items.size() && seen.stories.containsKey(survivor)
                        && seen.stories.get(survivor).articleCount() >= items.size();
            });
            Map<String, String> storyOfInput = o.storyOfInput;
            Map<String, String> inputOfId = o.inputOfId;
            List<Alert> alerts = o.alerts;
            Map<String, StorySummary> stories = o.stories;
            String survivor = storyOfInput.get("fossil");
            String merged = storyOfInput.get("weight");
            assertThat(storyOfInput).hasSize(items.size());
            assertThat(merged).isNotEqualTo(survivor);
            // what this test is about: the two stories are developed on different partitions
            assertThat(partition(merged)).as("partitions of %s and %s", merged, survivor).isNotEqualTo(partition(survivor));
            assertThat(storyOfInput.get("bridge")).isEqualTo(survivor);
            assertThat(storyOfInput.get("rewrite")).isEqualTo(survivor);
            assertThat(stories.get(merged).mergedInto()).isEqualTo(survivor);
            assertThat(stories.get(survivor).articleCount()).isEqualTo(items.size());
            assertThat(stories.get(survivor).outlets()).contains("Science Wire");
            assertThat(alerts).extracting(al -> inputOfId.get(al.articleId()) + " " + al.type())
                    .containsExactlyInAnyOrder("fossil NEW_STORY", "weight NEW_STORY");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                String handoff = app + "-story-handoff";
                var topics = admin.describeTopics(List.of(handoff)).allTopicNames().get();
                assertThat(topics.get(handoff).partitions()).hasSize(PARTITIONS);
            }
        }
    }

    /** The partition of a story id on the story-by-id repartition and the handoff topic (default partitioner). */
    private static int partition(String storyId) {
        return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
                storyId.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    /** What came out: each input's story, article id → input, the alerts, and each story's latest summary. */
    private record Observed(Map<String, String> storyOfInput, Map<String, String> inputOfId, List<Alert> alerts,
                            Map<String, StorySummary> stories) {
    }

    /**
     * Two Streams instances of the whole topology; the items go in one at a time, each on the given input
     * partition once the one before has come out on wirewatch.articles; then the outputs are read until
     * {@code finished} holds (or 60 s pass).
     */
    private Observed feedOneByOne(String bootstrap, Map<String, String> settings, String client, List<RawArticle> items,
                                  java.util.function.IntUnaryOperator partitionOf,
                                  java.util.function.Predicate<Observed> finished) throws Exception {
        Observed seen = new Observed(new HashMap<>(), new HashMap<>(), new ArrayList<>(), new HashMap<>());
        try (StreamApp a = new StreamApp(bootstrap, instance(settings, dir.resolve("a")));
             StreamApp b = new StreamApp(bootstrap, instance(settings, dir.resolve("b")))) {
            a.start(Duration.ofSeconds(60));
            b.start(Duration.ofSeconds(60));
            awaitBothOwnTasks(a, b);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    KafkaClients.producer(bootstrap, client), new StringSerializer(), new ByteArraySerializer());
                 KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                         KafkaClients.consumer(bootstrap, null, true), new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> tps = new ArrayList<>();
                for (int p = 0; p < PARTITIONS; p++) {
                    for (String topic : List.of(Topics.ARTICLES.name(), Topics.ALERTS.name(), Topics.STORIES.name())) {
                        tps.add(new TopicPartition(topic, p));
                    }
                }
                consumer.assign(tps);
                consumer.seekToBeginning(tps);
                for (int i = 0; i < items.size(); i++) {
                    RawArticle r = items.get(i);
                    producer.send(new ProducerRecord<>(Topics.RAW.name(), partitionOf.applyAsInt(i),
                            r.fetchedAt().toEpochMilli(), r.id(), WirewatchSerdes.RAW_ARTICLE.serialize(null, r)));
                    producer.flush();
                    int expected = i + 1;
                    poll(consumer, seen, () -> seen.storyOfInput.size() >= expected);
                }
                poll(consumer, seen, () -> finished.test(seen));
            }
        }
        return seen;
    }

    /** Reads the output topics until the condition holds or 60 s have passed. */
    private static void poll(KafkaConsumer<String, String> consumer, Observed seen, java.util.function.BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofMillis(200))) {
                byte[] v = rec.value().getBytes(StandardCharsets.UTF_8);
                if (rec.topic().equals(Topics.ARTICLES.name())) {
                    Article art = WirewatchSerdes.ARTICLE.deserialize(rec.topic(), v);
                    seen.storyOfInput.put(art.input(), art.storyId());
                    seen.inputOfId.put(art.articleId(), art.input());
                } else if (rec.topic().equals(Topics.ALERTS.name())) {
                    seen.alerts.add(WirewatchSerdes.ALERT.deserialize(rec.topic(), v));
                } else {
                    StorySummary st = WirewatchSerdes.STORY_SUMMARY.deserialize(rec.topic(), v);
                    seen.stories.put(st.storyId(), st);
                }
            }
        }
    }

}
