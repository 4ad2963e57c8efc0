package io.wirewatch.stream;

import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ExactDedupTopologyTest {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final String BODY = "Dock workers at the port walked out on Tuesday after talks on pay collapsed.\n\n"
            + "The union said the strike would last until the operator improved its offer.";

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> raw;
    TestOutputTopic<String, Article> articles;
    TestOutputTopic<String, Duplicate> duplicates;
    TestOutputTopic<String, Alert> alerts;
    TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void setUp() {
        Map<String, String> settings = Map.of("dedup.retention.ms", String.valueOf(24 * 3600 * 1000L));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(WirewatchTopology.buildTopology(new StreamsBuilder(), settings), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), new StringDeserializer(), WirewatchSerdes.ARTICLE);
        duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(), new StringDeserializer(), WirewatchSerdes.DUPLICATE);
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), new StringDeserializer(), WirewatchSerdes.ALERT);
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), new StringDeserializer(), WirewatchSerdes.DEAD_LETTER);
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    static RawArticle article(String input, String url, String body) {
        String canonical = Ids.canonicalUrl(url);
        return new RawArticle(Ids.articleId(canonical, TextNormalizer.fingerprint(body)), input, "Wire", url, canonical,
                T0, T0, null, "Dock workers strike", body, null, "en", null, "txt", null);
    }

    void send(RawArticle a, Instant at) {
        raw.pipeInput(a.id(), WirewatchSerdes.RAW_ARTICLE.serialize(Topics.RAW.name(), a), at);
        // The near-duplicate stage decides after a wall-clock grace (neardup.decision.grace.ms), then the story
        // stage waits story.reorder.ms to cluster in event order: two advances let both pass.
        driver.advanceWallClockTime(Duration.ofSeconds(3)); driver.advanceWallClockTime(Duration.ofSeconds(10));
    }

    @Test
    void acceptsNewArticleAndRaisesNewStory() {
        send(article("a.txt", "https://port.example/strike", BODY), T0);
        Article a = articles.readValue();
        assertThat(a.body()).isEqualTo(BODY);
        assertThat(a.revision()).isEqualTo(1);
        assertThat(a.storyId()).isNotNull();
        Alert alert = alerts.readValue();
        assertThat(alert.type()).isEqualTo(AlertType.NEW_STORY);
        assertThat(alert.articleId()).isEqualTo(a.articleId());
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void dropsExactCopyFromOtherUrlEvenWithOtherLayoutAndCase() {
        send(article("a.txt", "https://port.example/strike", BODY), T0);
        String relaid = BODY.toUpperCase(java.util.Locale.ROOT).replace("\n\n", "\n   \n");
        send(article("b.txt", "https://other.example/copy", relaid), T0.plusSeconds(60));
        Article first = articles.readValue();
        assertThat(articles.isEmpty()).isTrue();
        Duplicate d = duplicates.readValue();
        assertThat(d.input()).isEqualTo("b.txt");
        assertThat(d.duplicateOf()).isEqualTo(first.articleId());
        assertThat(d.kind()).isEqualTo("EXACT");
        alerts.readValue();
        assertThat(alerts.isEmpty()).isTrue();
        KeyValueStore<String, ExactDedupStage.FingerprintState> fp = driver.getKeyValueStore(ExactDedupStage.FINGERPRINT_STORE);
        assertThat(fp.get(first.fingerprint()).articleId()).isEqualTo(first.articleId());
    }

    @Test
    void dropsResendOfSameUrlAndBody() {
        RawArticle a = article("a.txt", "https://port.example/strike", BODY);
        send(a, T0);
        send(article("a-again.txt", "https://port.example/strike?utm_source=twitter", BODY), T0.plusSeconds(5));
        assertThat(articles.readValuesToList()).hasSize(1);
        Duplicate d = duplicates.readValue();
        assertThat(d.duplicateOf()).isEqualTo(a.id());
        assertThat(d.input()).isEqualTo("a-again.txt");
    }

    @Test
    void sameUrlWithChangedBodyIsAnUpdateNotADuplicate() {
        send(article("a.txt", "https://port.example/strike", BODY), T0);
        send(article("a2.txt", "https://port.example/strike", BODY + "\n\nUpdate: the operator made a new offer."),
                T0.plusSeconds(3600));
        var out = articles.readValuesToList();
        assertThat(out).extracting(Article::revision).containsExactly(1, 2);
        assertThat(out.get(0).articleId()).isEqualTo(out.get(1).articleId());
        assertThat(duplicates.isEmpty()).isTrue();
        KeyValueStore<String, ExactDedupStage.UrlState> urls = driver.getKeyValueStore(ExactDedupStage.URL_STORE);
        assertThat(urls.get(out.get(0).articleId()).revision()).isEqualTo(2);
    }

    @Test
    void forgetsFingerprintsAfterRetention() {
        RawArticle a = article("a.txt", "https://port.example/strike", BODY);
        send(a, T0);
        // Another article advances stream time past the 24 h retention; the first fingerprint expires.
        send(article("late.txt", "https://port.example/other", "Something else entirely happened later."),
                T0.plusSeconds(26 * 3600));
        KeyValueStore<String, ExactDedupStage.FingerprintState> fp = driver.getKeyValueStore(ExactDedupStage.FINGERPRINT_STORE);
        assertThat(fp.get(TextNormalizer.fingerprint(BODY))).isNull();
        assertThat(fp.approximateNumEntries()).isEqualTo(1);
    }

    @Test
    void badRecordsGoToDeadLetterAndPipelineKeepsRunning() {
        raw.pipeInput("k1", "{not json".getBytes(StandardCharsets.UTF_8), T0);
        raw.pipeInput("k2", "{\"id\":\"x\",\"input\":\"empty.txt\",\"fetchedAt\":\"2026-11-20T08:00:00Z\",\"body\":\"  \\n \"}"
                .getBytes(StandardCharsets.UTF_8), T0);
        raw.pipeInput("k3", (byte[]) null, T0);
        send(article("good.txt", "https://port.example/strike", BODY), T0);
        var dead = deadLetters.readValuesToList();
        assertThat(dead).hasSize(3);
        assertThat(dead.get(0).reason()).startsWith("not a valid raw article JSON");
        assertThat(dead.get(0).payload()).isEqualTo("{not json");
        assertThat(dead.get(0).input()).isEqualTo("wirewatch.articles.raw-0@0");
        assertThat(dead.get(1).input()).isEqualTo("empty.txt");
        assertThat(dead.get(1).reason()).contains("no body text");
        assertThat(dead.get(2).reason()).contains("null value");
        assertThat(dead).extracting(DeadLetter::stage).containsOnly("normalise");
        assertThat(articles.readValue().input()).isEqualTo("good.txt");
    }

    @Test
    void namesEveryStoreAndRepartitionTopic() {
        String description = WirewatchTopology.buildTopology(new StreamsBuilder(), Map.of()).describe().toString();
        assertThat(description).contains("exact-by-article-id-repartition", "exact-by-fingerprint-repartition",
                ExactDedupStage.URL_STORE, ExactDedupStage.FINGERPRINT_STORE).doesNotContain("KSTREAM-", "KTABLE-");
    }
}
