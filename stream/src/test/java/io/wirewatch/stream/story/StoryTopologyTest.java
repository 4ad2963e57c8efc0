package io.wirewatch.stream.story;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.WirewatchTopology;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole topology (WirewatchTopology.buildTopology) replaying the seeds in file order, one hour
 * apart, with their raw text (no header: first line is the title).
 */
class StoryTopologyTest {
    static final Path SEEDS = Path.of("..", "seeds");
    static final Instant T0 = Instant.parse("2026-06-13T00:00:00Z");

    @TempDir
    Path stateDir;

    /** What one replay wrote. */
    record Replay(List<KeyValue<String, Article>> articles, List<KeyValue<String, Alert>> alerts,
                  List<KeyValue<String, StorySummary>> stories, Map<String, Object> profiles,
                  Map<String, String> articleStories) {
    }

    @Test
    void seedsAreOneStoryWithOneNewStoryAndTwoDevelopments() throws IOException {
        Replay r = replay(stateDir.resolve("a"), List.of());
        assertThat(r.articles()).hasSize(5);
        String storyId = r.articles().get(0).value.storyId();
        assertThat(storyId).isNotBlank();
        assertThat(r.articles()).allSatisfy(kv -> {
            assertThat(kv.value.storyId()).isEqualTo(storyId);
            assertThat(kv.key).isEqualTo(kv.value.articleId());
        });

        List<String> inputs = r.articles().stream().map(kv -> kv.value.input()).toList();
        assertThat(r.alerts()).extracting(kv -> kv.value.type())
                .containsExactly(AlertType.NEW_STORY, AlertType.DEVELOPMENT, AlertType.DEVELOPMENT);
        assertThat(r.alerts()).allSatisfy(kv -> assertThat(kv.key).isEqualTo(storyId));
        assertThat(articleInput(r, r.alerts().get(0).value)).startsWith("000_");
        Alert stalled = r.alerts().get(1).value;
        Alert wsj = r.alerts().get(2).value;
        assertThat(articleInput(r, stalled)).startsWith("002_");
        assertThat(articleInput(r, wsj)).startsWith("004_");
        assertThat(String.join(" ", stalled.whatsNew())).contains("stalled").contains("offline").contains("Two weeks");
        assertThat(wsj.whatsNew()).anySatisfy(s -> assertThat(s).contains("Wall Street Journal").contains("Jassy"));
        assertThat(wsj.whatsNew()).anySatisfy(s -> assertThat(s).contains("open letter").contains("150 executives"));
        assertThat(r.alerts()).allSatisfy(kv -> assertThat(kv.value.whatsNew()).hasSizeBetween(1, 3));
        assertThat(inputs).hasSize(5);

        // store contents: one story, every article points at it
        assertThat(r.profiles()).containsOnlyKeys(storyId);
        assertThat(r.articleStories()).hasSize(5).allSatisfy((a, s) -> assertThat(s).isEqualTo(storyId));

        StorySummary last = r.stories().get(r.stories().size() - 1).value;
        assertThat(last.storyId()).isEqualTo(storyId);
        assertThat(last.articleCount()).isEqualTo(5);
        assertThat(last.firstSeen()).isEqualTo(T0);
        assertThat(last.lastUpdate()).isEqualTo(T0.plusSeconds(4 * 3600));
        assertThat(last.timeline()).extracting(StorySummary.Development::type)
                .containsExactly(AlertType.NEW_STORY, AlertType.DEVELOPMENT, AlertType.DEVELOPMENT);
        assertThat(last.headline()).startsWith("Anthropic is heading to the negotiating table");
    }

    @Test
    void replayingTheSameInputTwiceGivesTheSameStoriesAndAlerts() throws IOException {
        Replay a = replay(stateDir.resolve("a"), List.of());
        Replay b = replay(stateDir.resolve("b"), List.of());
        assertThat(json(b.alerts())).isEqualTo(json(a.alerts()));
        assertThat(b.stories().stream().map(kv -> WirewatchSerdes.STORY_SUMMARY.toJson(kv.value)).toList())
                .isEqualTo(a.stories().stream().map(kv -> WirewatchSerdes.STORY_SUMMARY.toJson(kv.value)).toList());
        assertThat(b.articles().stream().map(kv -> kv.value.storyId()).toList())
                .isEqualTo(a.articles().stream().map(kv -> kv.value.storyId()).toList());
    }

    @Test
    void countsExactCopiesFromOtherOutletsInTheStory() throws IOException {
        // 002 again, byte for byte, from another outlet: exact dedup sends it to wirewatch.duplicates
        PlainTextArticles.Text copy = PlainTextArticles.read(PlainTextArticles.list(SEEDS).get(2));
        Replay r = replay(stateDir.resolve("a"), List.of(new RawArticle("copy-of-002", "copy-of-002.txt",
                "Other Outlet", null, null, T0.plusSeconds(5 * 3600), null, null, copy.title(), copy.body(),
                null, null, null, "txt", null)));
        assertThat(r.alerts()).hasSize(3);
        StorySummary last = r.stories().get(r.stories().size() - 1).value;
        assertThat(last.duplicateCount()).isEqualTo(1);
        assertThat(last.outlets()).contains("Other Outlet");
        assertThat(last.articleCount()).isEqualTo(5);
    }

    @Test
    void mergedStoryIsPublishedWithWhereItWent() throws IOException {
        // after the seeds: two headline items of one event sharing one word, then one that joins both
        Instant t = T0.plusSeconds(5 * 3600);
        List<RawArticle> extra = List.of(
                item("m1", "Largest dinosaur ever discovered weighed as much as 14 elephants", t),
                item("m2", "Titanosaur femur unearthed in Argentina by fossil hunters", t.plusSeconds(3600)),
                item("m3", "Titanosaur femur unearthed in Argentina: largest dinosaur ever discovered, 14 elephants heavy",
                        t.plusSeconds(7200)));
        Replay r = replay(stateDir.resolve("a"), extra);
        Map<String, String> storyOf = new java.util.HashMap<>();
        r.articles().forEach(kv -> storyOf.put(kv.value.input(), kv.value.storyId()));
        String carriesOn = storyOf.get("m3");
        String merged = storyOf.get("m1").equals(carriesOn) ? storyOf.get("m2") : storyOf.get("m1");
        assertThat(merged).isNotEqualTo(carriesOn);
        assertThat(r.stories()).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo(merged);
            assertThat(kv.value.mergedInto()).isEqualTo(carriesOn);
        });
        assertThat(r.profiles()).doesNotContainKey(merged).containsKey(carriesOn);
    }

    /** Settings under which the first article that joins two stories merges them. */
    static final Map<String, String> MERGE_AT_FIRST_BRIDGE = Map.of(StoryConfig.MERGE_BRIDGES, "1");

    @Test
    void storiesJoinedLooselyByOneArticleMergeWhenASecondJoinsThem() throws IOException {
        Instant t = T0.plusSeconds(5 * 3600);
        List<RawArticle> items = new ArrayList<>(mergeThenRewrite(t).subList(0, 3));
        items.add(article("bridge2", "Patagonia titanosaur was the largest dinosaur ever, as heavy as 14 elephants",
                "The titanosaur found near Trelew in Patagonia was the largest dinosaur ever discovered, weighing about"
                        + " 70 tonnes, as much as 14 African elephants, palaeontologist Diego Pol said. Its femur and"
                        + " vertebrae will be displayed at the museum.", "Fossil Weekly", t.plusSeconds(4 * 3600)));
        Replay r = replay(stateDir.resolve("a"), items);
        Map<String, String> storyOf = new java.util.HashMap<>();
        r.articles().forEach(kv -> storyOf.put(kv.value.input(), kv.value.storyId()));
        String survivor = storyOf.get("fossil");
        String other = storyOf.get("weight");
        assertThat(other).isNotEqualTo(survivor);
        assertThat(storyOf.get("bridge")).isEqualTo(survivor);
        assertThat(storyOf.get("bridge2")).isEqualTo(survivor);
        assertThat(r.stories()).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo(other);
            assertThat(kv.value.mergedInto()).isEqualTo(survivor);
        });
        StorySummary last = null;
        for (KeyValue<String, StorySummary> kv : r.stories()) if (kv.key.equals(survivor)) last = kv.value;
        assertThat(last).isNotNull();
        assertThat(last.articleCount()).isEqualTo(4);
        // without the second bridge the two stories stay apart
        Replay oneBridge = replay(stateDir.resolve("b"), items.subList(0, 3));
        assertThat(oneBridge.stories()).isNotEmpty().allSatisfy(kv -> assertThat(kv.value.mergedInto()).isNull());
        assertThat(oneBridge.profiles()).containsKey(other).containsKey(survivor);
        assertThat(r.profiles()).doesNotContainKey(other).containsKey(survivor);
    }

    /** Two stories of one event, an article that joins them, then a rewrite of what the merged story said. */
    static List<RawArticle> mergeThenRewrite(Instant t) {
        return List.of(
                article("fossil", "Giant titanosaur fossil found in Patagonia",
                        "Fossil hunters in Patagonia have unearthed the remains of a giant titanosaur, a long-necked"
                                + " plant-eating dinosaur. The team from the Egidio Feruglio Museum found vertebrae and a"
                                + " femur near the town of Trelew in Chubut province. The dig began in January after a"
                                + " farmer reported bones on his land.", "Patagonia Post", t),
                article("weight", "Largest dinosaur ever weighed as much as 14 elephants, scientists say",
                        "The largest dinosaur ever discovered weighed about 70 tonnes, as much as 14 African"
                                + " elephants, scientists said on Tuesday. Palaeontologist Diego Pol said the animal"
                                + " measured 37 metres from head to tail. \"This is the biggest animal that ever walked"
                                + " on Earth,\" Pol told reporters in Buenos Aires.", "Science Wire", t.plusSeconds(3600)),
                article("bridge", "Titanosaur fossil from Patagonia is the largest dinosaur ever discovered",
                        "The giant titanosaur whose fossil was unearthed in Patagonia is the largest dinosaur ever"
                                + " discovered, scientists said. The femur and vertebrae found near Trelew show the"
                                + " animal was bigger than any known dinosaur. The fossil will be displayed at the"
                                + " museum.", "Patagonia Post", t.plusSeconds(2 * 3600)),
                article("rewrite", "Record dinosaur was as heavy as 14 elephants",
                        "Scientists said on Tuesday that the largest dinosaur ever discovered weighed around 70"
                                + " tonnes, equal to 14 African elephants. It measured 37 metres from head to tail,"
                                + " palaeontologist Diego Pol said. Pol told reporters in Buenos Aires: \"This is the"
                                + " biggest animal that ever walked on Earth.\"", "Daily Digest", t.plusSeconds(3 * 3600)));
    }

    @Test
    void rewriteOfWhatAMergedStorySaidRaisesNoDevelopmentInTheStoryThatCarriesOn() throws IOException {
        Instant t = T0.plusSeconds(5 * 3600);
        // one bridging article merges here (story.merge.bridges 1): what is under test is the handoff
        Replay r = replay(stateDir.resolve("a"), mergeThenRewrite(t), MERGE_AT_FIRST_BRIDGE);
        Map<String, String> storyOf = new java.util.HashMap<>();
        Map<String, String> inputOf = new java.util.HashMap<>();
        r.articles().forEach(kv -> {
            storyOf.put(kv.value.input(), kv.value.storyId());
            inputOf.put(kv.value.articleId(), kv.value.input());
        });
        String survivor = storyOf.get("fossil");
        String merged = storyOf.get("weight");
        // the case under test: two stories, the bridging article keeps the first and merges the second into it
        assertThat(merged).isNotEqualTo(survivor);
        assertThat(storyOf.get("bridge")).isEqualTo(survivor);
        assertThat(r.stories()).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo(merged);
            assertThat(kv.value.mergedInto()).isEqualTo(survivor);
        });
        assertThat(storyOf.get("rewrite")).isEqualTo(survivor);

        // the rewrite repeats only what the merged story had published: the survivor knows it now
        assertThat(r.alerts()).as("alerts %s", r.alerts().stream()
                        .map(kv -> kv.value.type() + " " + inputOf.get(kv.value.articleId()) + " " + kv.value.whatsNew())
                        .toList())
                .noneSatisfy(kv -> assertThat(inputOf.get(kv.value.articleId())).isEqualTo("rewrite"));

        // and its summary counts the merged story's article and outlet
        StorySummary last = null;
        for (KeyValue<String, StorySummary> kv : r.stories()) if (kv.key.equals(survivor)) last = kv.value;
        assertThat(last).isNotNull();
        assertThat(last.articleCount()).isEqualTo(4);
        assertThat(last.outlets()).contains("Patagonia Post", "Science Wire", "Daily Digest");
        assertThat(last.timeline()).extracting(StorySummary.Development::articleId)
                .contains(r.articles().stream().filter(kv -> kv.value.input().equals("weight")).findFirst()
                        .orElseThrow().key);
        assertThat(r.profiles()).doesNotContainKey(merged);
    }

    /**
     * The masked embedding travels with the article through the repartition to the assign step, as in the engine
     * ({@link SameActorOtherEventTest}): the plant's pay deal and its older leak's fine start stories of their own, the
     * fire's cause and its chief's resignation join the fire.
     */
    @Test
    void sameCompanysOtherEventsStartStoriesOfTheirOwnThroughTheTopology() throws IOException {
        Path fixtures = Path.of("src", "test", "resources", "story", "action");
        List<RawArticle> extra = new ArrayList<>();
        Instant t = T0.plusSeconds(10 * 3600);
        for (Path f : PlainTextArticles.list(fixtures)) {
            PlainTextArticles.Text text = PlainTextArticles.read(f);
            extra.add(article(f.getFileName().toString(), text.title(), text.body(), "Gazette", t));
            t = t.plusSeconds(3600);
        }
        Map<String, String> story = storiesByInput(replay(stateDir.resolve("on"), extra));
        String fire = story.get("01-fire-00-plant-fire.txt");
        assertThat(story.get("02-fire-dev-pump-blamed.txt")).isEqualTo(fire);
        assertThat(story.get("05-fire-dev-chief-resigns.txt")).isEqualTo(fire);
        assertThat(story.get("03-paydeal-00-staff-accept-pay-deal.txt")).isNotEqualTo(fire);
        assertThat(story.get("04-leakfine-00-fined-over-chlorine-leak.txt")).isNotEqualTo(fire);

        Map<String, String> off = storiesByInput(replay(stateDir.resolve("off"), extra,
                Map.of(StoryConfig.ACTION_MIN_SIMILARITY, "-1")));
        assertThat(List.of(off.get("03-paydeal-00-staff-accept-pay-deal.txt"),
                off.get("04-leakfine-00-fined-over-chlorine-leak.txt"))).contains(off.get("01-fire-00-plant-fire.txt"));
    }

    /** Each article's story at the end of a replay, by its input name. */
    private static Map<String, String> storiesByInput(Replay r) {
        Map<String, String> out = new java.util.HashMap<>();
        for (KeyValue<String, Article> kv : r.articles()) out.put(kv.value.input(), r.articleStories().get(kv.key));
        return out;
    }

    private static RawArticle article(String id, String title, String body, String source, Instant at) {
        return new RawArticle(id, id, source, null, null, at, null, null, title, body, null, null, null, "txt", null);
    }

    private static RawArticle item(String id, String headline, Instant at) {
        return new RawArticle(id, id, "Wire", null, null, at, null, null, headline, headline, null, null, null, "txt",
                null);
    }

    private static String articleInput(Replay r, Alert alert) {
        return r.articles().stream().filter(kv -> kv.key.equals(alert.articleId())).findFirst()
                .map(kv -> kv.value.input()).orElseThrow();
    }

    private static List<String> json(List<KeyValue<String, Alert>> alerts) {
        return alerts.stream().map(kv -> kv.key + " " + WirewatchSerdes.ALERT.toJson(kv.value)).toList();
    }

    static Replay replay(Path stateDir, List<RawArticle> extra) throws IOException {
        return replay(stateDir, extra, Map.of());
    }

    static Replay replay(Path stateDir, List<RawArticle> extra, Map<String, String> settings) throws IOException {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        try (TopologyTestDriver driver = new TopologyTestDriver(
                WirewatchTopology.buildTopology(new StreamsBuilder(), settings), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW.name(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            Instant t = T0;
            for (Path f : PlainTextArticles.list(SEEDS)) {
                PlainTextArticles.Text text = PlainTextArticles.read(f);
                RawArticle a = new RawArticle(f.getFileName().toString(), f.getFileName().toString(), "", null, null,
                        t, null, null, text.title(), text.body(), null, null, null, "txt", null);
                raw.pipeInput(a.id(), WirewatchSerdes.RAW_ARTICLE.serialize(null, a), t);
                driver.advanceWallClockTime(java.time.Duration.ofSeconds(3));
                driver.advanceWallClockTime(java.time.Duration.ofSeconds(10)); // past the near-dup grace, then the story reorder wait
                t = t.plusSeconds(3600);
            }
            for (RawArticle a : extra) {
                raw.pipeInput(a.id(), WirewatchSerdes.RAW_ARTICLE.serialize(null, a), a.fetchedAt());
                driver.advanceWallClockTime(java.time.Duration.ofSeconds(3));
                driver.advanceWallClockTime(java.time.Duration.ofSeconds(10));
            }
            TestOutputTopic<String, Article> articles = driver.createOutputTopic(Topics.ARTICLES.name(),
                    Serdes.String().deserializer(), WirewatchSerdes.ARTICLE);
            TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                    Serdes.String().deserializer(), WirewatchSerdes.ALERT);
            TestOutputTopic<String, StorySummary> stories = driver.createOutputTopic(Topics.STORIES.name(),
                    Serdes.String().deserializer(), WirewatchSerdes.STORY_SUMMARY);
            KeyValueStore<String, StoryProfile> profiles = driver.getKeyValueStore(StoryDevelopProcessor.PROFILES);
            KeyValueStore<String, ArticleRef> refs = driver.getKeyValueStore(StoryAssignProcessor.ARTICLES);
            Map<String, Object> p = new java.util.TreeMap<>();
            profiles.all().forEachRemaining(kv -> p.put(kv.key, kv.value));
            Map<String, String> a = new java.util.TreeMap<>();
            refs.all().forEachRemaining(kv -> a.put(kv.key, kv.value.storyId()));
            return new Replay(new ArrayList<>(articles.readKeyValuesToList()), alerts.readKeyValuesToList(),
                    stories.readKeyValuesToList(), p, a);
        }
    }
}
