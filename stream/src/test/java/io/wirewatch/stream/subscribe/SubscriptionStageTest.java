package io.wirewatch.stream.subscribe;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.model.TopicTag;
import io.wirewatch.common.query.TopicHierarchy;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.StageContext;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionStageTest {
    static final JsonSerde<AlertWithArticle> INPUT = new JsonSerde<>(AlertWithArticle.class);
    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    static final TopicHierarchy IPTC = TopicHierarchy.fromTsv(new StringReader("""
            qcode\tparent_qcode\tretired\tprefLabel_en-GB
            medtop:15000000\t\t\tsport
            medtop:20000822\tmedtop:15000000\t\tcompetition discipline
            medtop:20001065\tmedtop:20000822\t\tsoccer
            medtop:13000000\t\t\tscience and technology
            """));

    TopologyTestDriver driver;
    TestInputTopic<String, AlertWithArticle> alerts;
    TestInputTopic<String, String> subscriptions;

    @BeforeEach
    void setUp() {
        StreamsBuilder builder = new StreamsBuilder();
        new SubscriptionStage(IPTC).apply(builder.stream("test-alerts", Consumed.with(Serdes.String(), INPUT)),
                new StageContext(builder, Map.of()));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "subscription-stage-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        driver = new TopologyTestDriver(builder.build(), p);
        alerts = driver.createInputTopic("test-alerts", new StringSerializer(), INPUT.serializer());
        subscriptions = driver.createInputTopic(Topics.SUBSCRIPTIONS.name(), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    void subscribe(String id, String query, AlertType... types) {
        Subscription s = new Subscription(id, query, Set.of(types), null, null, null, T);
        subscriptions.pipeInput(id, WirewatchSerdes.SUBSCRIPTION.toJson(s));
    }

    TestOutputTopic<String, Alert> out(String id) {
        return driver.createOutputTopic(Topics.alertsFor(id), new StringDeserializer(), WirewatchSerdes.ALERT.deserializer());
    }

    static AlertWithArticle anthropicExportControl(String alertId, AlertType type) {
        Article article = new Article("a1", "seeds/000.txt", "techcrunch", "https://example.com/a1", null, T, T, null,
                "Anthropic heads to negotiating table after export directive",
                "The company behind Claude received a federal directive ordering it to suspend access to its"
                        + " latest models for any foreign national.", null, "en", null, "fp", 1,
                List.of(new Entity("Anthropic", "ORGANIZATION"), new Entity("Trump administration", "ORGANIZATION")),
                List.of(new TopicTag("medtop:13000000", "science and technology", 0.7)), "story-1");
        Alert alert = new Alert(alertId, type, "story-1", "a1", article.url(), article.title(), article.source(), T,
                article.entities(), article.topics(), List.of("The company received a federal directive."), T, null);
        return new AlertWithArticle(alert, article);
    }

    static AlertWithArticle footballAlert() {
        Alert alert = new Alert("alert-2", AlertType.NEW_STORY, "story-2", "a2", null, "Arsenal beat Chelsea in derby",
                "bbc", T, List.of(new Entity("Arsenal", "ORGANIZATION")),
                List.of(new TopicTag("medtop:20001065", "soccer", 0.9)), List.of("Arsenal won 2-1."), T, null);
        return new AlertWithArticle(alert, null);
    }

    @Test
    void matchedAlertGoesToSubscriptionTopicWithIdAndHeader() {
        subscribe("anthropic", "entity:Anthropic AND NOT topic:sport");
        subscribe("unrelated", "entity:\"Bank of England\" OR \"interest rates\"");
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.NEW_STORY));
        alerts.pipeInput("story-2", footballAlert());

        List<TestRecord<String, Alert>> got = out("anthropic").readRecordsToList();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).key()).isEqualTo("story-1");
        assertThat(got.get(0).value().alertId()).isEqualTo("alert-1");
        assertThat(got.get(0).value().subscriptionId()).isEqualTo("anthropic");
        assertThat(new String(got.get(0).headers().lastHeader(SubscriptionStage.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("anthropic");
        assertThat(out("unrelated").isEmpty()).isTrue();
    }

    @Test
    void describesNamedProcessorsAndGlobalStore() {
        StreamsBuilder builder = new StreamsBuilder();
        new SubscriptionStage(IPTC).apply(builder.stream("test-alerts", Consumed.with(Serdes.String(), INPUT)),
                new StageContext(builder, Map.of()));
        String description = builder.build().describe().toString();
        assertThat(description).contains("subscriptions-source", "Processor: subscriptions ", SubscriptionStage.STORE, "subscription-match",
                "subscription-alerts-sink", Topics.SUBSCRIPTIONS.name());
    }

    @Test
    void bodyWordsFromArticleAreMatched() {
        subscribe("directives", "\"federal directive\" AND lang:en");
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.NEW_STORY));
        assertThat(out("directives").readValuesToList()).extracting(Alert::alertId).containsExactly("alert-1");
    }

    @Test
    void topicQueryMatchesDescendantsAndNotExcludesThem() {
        subscribe("sport", "topic:sport");
        subscribe("no-sport", "NOT topic:medtop:15000000");
        alerts.pipeInput("story-2", footballAlert());
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.NEW_STORY));
        assertThat(out("sport").readValuesToList()).extracting(Alert::alertId).containsExactly("alert-2");
        assertThat(out("no-sport").readValuesToList()).extracting(Alert::alertId).containsExactly("alert-1");
    }

    @Test
    void subscriptionChangesApplyToTheNextAlertWithoutRestart() {
        alerts.pipeInput("story-1", anthropicExportControl("alert-0", AlertType.NEW_STORY));
        subscribe("ai", "entity:Anthropic");
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.NEW_STORY));
        subscribe("ai", "entity:OpenAI");
        alerts.pipeInput("story-1", anthropicExportControl("alert-2", AlertType.NEW_STORY));
        subscribe("ai", "claude");
        alerts.pipeInput("story-1", anthropicExportControl("alert-3", AlertType.NEW_STORY));
        subscriptions.pipeInput("ai", (String) null);
        alerts.pipeInput("story-1", anthropicExportControl("alert-4", AlertType.NEW_STORY));
        assertThat(out("ai").readValuesToList()).extracting(Alert::alertId).containsExactly("alert-1", "alert-3");
    }

    @Test
    void alertTypeFilterIsApplied() {
        subscribe("new-only", "anthropic", AlertType.NEW_STORY);
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.DEVELOPMENT));
        alerts.pipeInput("story-1", anthropicExportControl("alert-2", AlertType.NEW_STORY));
        assertThat(out("new-only").readValuesToList()).extracting(Alert::alertId).containsExactly("alert-2");
    }

    @Test
    void oneAlertFansOutToEveryMatchingSubscription() {
        subscribe("a", "anthropic");
        subscribe("b", "type:ORGANIZATION");
        subscribe("c", "topic:\"science and technology\"");
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.NEW_STORY));
        for (String id : List.of("a", "b", "c")) {
            assertThat(out(id).readValuesToList()).extracting(Alert::subscriptionId).containsExactly(id);
        }
    }

    @Test
    void unreadableSubscriptionIsSkippedAndOthersKeepWorking() {
        subscriptions.pipeInput("broken", "{\"id\":\"broken\",\"query\":\"(unclosed\",\"createdAt\":\"2026-01-01T00:00:00Z\"}");
        subscriptions.pipeInput("garbage", "not json");
        subscribe("ok", "anthropic");
        alerts.pipeInput("story-1", anthropicExportControl("alert-1", AlertType.NEW_STORY));
        assertThat(out("ok").readValuesToList()).hasSize(1);
        assertThat(out("broken").isEmpty()).isTrue();
    }
}
