package io.wirewatch.stream.dedup;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.WirewatchTopology;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The whole Wirewatch topology in a {@link TopologyTestDriver}, with typed access to its topics. */
final class TopologyHarness implements AutoCloseable {
    final TopologyTestDriver driver;
    private final TestInputTopic<String, String> raw;
    private final TestOutputTopic<String, Duplicate> duplicates;
    private final TestOutputTopic<String, Article> articles;
    private final TestOutputTopic<String, Alert> alerts;

    TopologyHarness(Path stateDir, Map<String, String> settings) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(WirewatchTopology.buildTopology(new StreamsBuilder(), settings), props);
        raw = driver.createInputTopic(Topics.RAW.name(), Serdes.String().serializer(), Serdes.String().serializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(), Serdes.String().deserializer(),
                WirewatchSerdes.DUPLICATE);
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), Serdes.String().deserializer(),
                WirewatchSerdes.ARTICLE);
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(), WirewatchSerdes.ALERT);
    }

    /** Publishes a raw article with its fetch time as the record timestamp, and lets decisions settle. */
    void send(RawArticle a) {
        pipe(a, a.fetchedAt());
        settle();
    }

    void send(RawArticle a, Instant timestamp) {
        pipe(a, timestamp);
        settle();
    }

    /** Publishes without letting the decision grace pass, so the next article can race this one. */
    void pipe(RawArticle a, Instant timestamp) {
        raw.pipeInput(a.id(), new String(WirewatchSerdes.RAW_ARTICLE.serialize(null, a), StandardCharsets.UTF_8),
                timestamp);
    }

    /**
     * Advances wall-clock time past the decision grace, so complete decisions are made, and again past
     * the story stage's reorder wait, so the decided articles reach wirewatch.articles and the alerts.
     */
    void settle() {
        driver.advanceWallClockTime(Duration.ofSeconds(5));
        driver.advanceWallClockTime(Duration.ofSeconds(10));
    }

    List<KeyValue<String, Duplicate>> duplicates() {
        return duplicates.readKeyValuesToList();
    }

    List<KeyValue<String, Article>> articles() {
        return articles.readKeyValuesToList();
    }

    List<KeyValue<String, Alert>> alerts() {
        return alerts.readKeyValuesToList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
