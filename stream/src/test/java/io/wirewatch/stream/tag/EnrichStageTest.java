package io.wirewatch.stream.tag;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.model.TopicTag;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.EnrichStage;
import io.wirewatch.stream.StageContext;
import io.wirewatch.stream.WirewatchTopology;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** TopologyTestDriver tests of the "enrich-tag" stage, over the whole topology and alone. */
class EnrichStageTest {
    private static final Instant T0 = Instant.parse("2026-06-19T08:00:00Z");
    private static TopicClassifier classifier;

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;

    @BeforeAll
    static void loadModels() {
        classifier = new TopicClassifier();
    }

    @AfterEach
    void close() {
        if (driver != null) driver.close();
    }

    private Properties props() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return p;
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = EnrichStageTest.class.getClassLoader().getResourceAsStream("tag/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RawArticle raw(String id, String title, String body) {
        return new RawArticle(id, id + ".txt", "test", "https://example.com/" + id, null, T0, T0, null, title, body,
                null, "en", null, "txt", null);
    }

    @Test
    void acceptedArticlesAndAlertsCarryEntitiesAndTopicsThroughTheWholeTopology() throws IOException {
        StreamsBuilder builder = new StreamsBuilder();
        driver = new TopologyTestDriver(WirewatchTopology.buildTopology(builder, Map.of()), props());
        TestInputTopic<String, RawArticle> in = driver.createInputTopic(Topics.RAW.name(),
                new StringSerializer(), WirewatchSerdes.RAW_ARTICLE.serializer());
        TestOutputTopic<String, Article> articles = driver.createOutputTopic(Topics.ARTICLES.name(),
                new StringDeserializer(), WirewatchSerdes.ARTICLE.deserializer());
        TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                new StringDeserializer(), WirewatchSerdes.ALERT.deserializer());

        in.pipeInput("seed-004", raw("seed-004", "", seed("004_4a82e650097df441.txt")), T0);
        driver.advanceWallClockTime(Duration.ofSeconds(3)); driver.advanceWallClockTime(Duration.ofSeconds(10)); // past the near-dup grace, then the story reorder wait

        Article article = articles.readValue();
        assertThat(article.entities()).extracting(Entity::name, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Anthropic", "ORGANIZATION"),
                org.assertj.core.groups.Tuple.tuple("Mythos 5", "PRODUCT"),
                org.assertj.core.groups.Tuple.tuple("Fable 5", "PRODUCT"),
                org.assertj.core.groups.Tuple.tuple("Andy Jassy", "PERSON"),
                org.assertj.core.groups.Tuple.tuple("Howard Lutnick", "PERSON"));
        assertThat(article.entities().get(0).name()).isEqualTo("Anthropic");
        assertThat(article.entities().stream().filter(e -> e.name().equals("Andy Jassy")).findFirst().orElseThrow()
                .aliases()).contains("Jassy");
        assertThat(article.topics()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(article.topics()).extracting(TopicTag::code).contains("medtop:11000000");

        Alert alert = alerts.readValue();
        assertThat(alert.entities()).isEqualTo(article.entities());
        assertThat(alert.topics()).isEqualTo(article.topics());
    }

    @Test
    void replayedSeedsRaiseAlertsNamingTheCompanyItsModelsAndThePeopleInvolved() throws IOException {
        StreamsBuilder builder = new StreamsBuilder();
        driver = new TopologyTestDriver(WirewatchTopology.buildTopology(builder, Map.of()), props());
        TestInputTopic<String, RawArticle> in = driver.createInputTopic(Topics.RAW.name(),
                new StringSerializer(), WirewatchSerdes.RAW_ARTICLE.serializer());
        TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                new StringDeserializer(), WirewatchSerdes.ALERT.deserializer());
        for (String name : List.of("000_bd6ebc6ce77eed67.txt", "001_f5336899167f502f.txt", "002_2f5c82e7a28ade46.txt",
                "003_5f26596e7c0a6ca3.txt", "004_4a82e650097df441.txt")) {
            String text = seed(name);
            int nl = text.strip().indexOf('\n');
            // as a plain-text ingest would: first line as headline, the rest as body
            in.pipeInput(name, raw(name, text.strip().substring(0, nl), text.strip().substring(nl + 1)), T0);
            driver.advanceWallClockTime(Duration.ofSeconds(3)); driver.advanceWallClockTime(Duration.ofSeconds(10)); // past the near-dup grace, then the story reorder wait
        }
        List<Alert> all = alerts.readValuesToList();
        assertThat(all).isNotEmpty(); // how many is the story stage's call; each one must carry the tags
        for (Alert a : all) {
            assertThat(a.entities()).as(a.articleId()).extracting(Entity::name, Entity::type)
                    .contains(org.assertj.core.groups.Tuple.tuple("Anthropic", "ORGANIZATION"));
            assertThat(a.topics()).as(a.articleId()).extracting(TopicTag::code).contains("medtop:11000000");
        }
        List<org.assertj.core.groups.Tuple> named = all.stream().flatMap(a -> a.entities().stream())
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.name(), e.type())).toList();
        assertThat(named).contains(
                org.assertj.core.groups.Tuple.tuple("Mythos 5", "PRODUCT"),
                org.assertj.core.groups.Tuple.tuple("Fable 5", "PRODUCT"),
                org.assertj.core.groups.Tuple.tuple("Andy Jassy", "PERSON"),
                org.assertj.core.groups.Tuple.tuple("Howard Lutnick", "PERSON"));
    }

    @Test
    void dockStrikeLandsInLabourWithTheStrikeTopicBeneathIt() {
        StreamsBuilder builder = new StreamsBuilder();
        driver = new TopologyTestDriver(WirewatchTopology.buildTopology(builder, Map.of()), props());
        TestInputTopic<String, RawArticle> in = driver.createInputTopic(Topics.RAW.name(),
                new StringSerializer(), WirewatchSerdes.RAW_ARTICLE.serializer());
        TestOutputTopic<String, Article> articles = driver.createOutputTopic(Topics.ARTICLES.name(),
                new StringDeserializer(), WirewatchSerdes.ARTICLE.deserializer());
        String body = "Dockworkers at the Port of Rotterdam walked off the job on Monday after talks between the FNV "
                + "union and terminal operators broke down over pay and automation.\n"
                + "The strike, the first at Europe's largest port in decades, left dozens of container ships waiting "
                + "offshore. Union leaders said workers would stay out until employers agreed to a wage increase "
                + "and guarantees on jobs.\nEmployers called the walkout irresponsible and said the offer on the "
                + "table was fair. Picket lines formed at the main terminals before dawn.";
        in.pipeInput("strike", raw("strike", "Rotterdam dockworkers strike over pay and automation", body), T0);
        driver.advanceWallClockTime(Duration.ofSeconds(3)); driver.advanceWallClockTime(Duration.ofSeconds(10)); // past the near-dup grace, then the story reorder wait

        Article article = articles.readValue();
        assertThat(article.topics()).extracting(TopicTag::code).contains("medtop:09000000");
        assertThat(article.topics().get(0).code()).isEqualTo("medtop:09000000");
        assertThat(article.topics()).extracting(TopicTag::code).contains("medtop:20000530");
        assertThat(article.entities()).extracting(Entity::name).contains("Rotterdam");
    }

    @Test
    void articleTheTaggerFailsOnGoesToDeadLetterWithStageTagAndTheStreamGoesOn() {
        EntityTagger failing = (title, body) -> {
            if (body.contains("poison")) throw new IllegalStateException("tokenizer choked");
            return List.of(new Entity("Example", "ORGANIZATION"));
        };
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Article> source = builder.stream("test.articles",
                Consumed.with(Serdes.String(), WirewatchSerdes.ARTICLE));
        new EnrichStage(failing, classifier).apply(source, new StageContext(builder, Map.of()))
                .to("test.enriched", Produced.with(Serdes.String(), WirewatchSerdes.ARTICLE));
        driver = new TopologyTestDriver(builder.build(), props());
        TestInputTopic<String, Article> in = driver.createInputTopic("test.articles",
                new StringSerializer(), WirewatchSerdes.ARTICLE.serializer());
        TestOutputTopic<String, Article> out = driver.createOutputTopic("test.enriched",
                new StringDeserializer(), WirewatchSerdes.ARTICLE.deserializer());
        TestOutputTopic<String, DeadLetter> dead = driver.createOutputTopic(Topics.DEAD_LETTER.name(),
                new StringDeserializer(), WirewatchSerdes.DEAD_LETTER.deserializer());

        in.pipeInput("a1", article("a1", "This body contains poison for the tagger."));
        in.pipeInput("a2", article("a2", "Shares of the company rose after quarterly earnings beat forecasts."));

        DeadLetter dl = dead.readValue();
        assertThat(dl.stage()).isEqualTo("tag");
        assertThat(dl.reason()).contains("IllegalStateException").contains("tokenizer choked");
        assertThat(dl.input()).isEqualTo("a1.txt");
        assertThat(dl.payload()).contains("\"articleId\":\"a1\"");
        assertThat(dead.isEmpty()).isTrue();
        Article ok = out.readValue();
        assertThat(ok.articleId()).isEqualTo("a2");
        assertThat(ok.entities()).extracting(Entity::name).containsExactly("Example");
        assertThat(out.isEmpty()).isTrue();
    }

    private static Article article(String id, String body) {
        return new Article(id, id + ".txt", "test", null, null, T0, T0, null, "", body, null, "en", null,
                "fp-" + id, 1, null, null, null);
    }
}
