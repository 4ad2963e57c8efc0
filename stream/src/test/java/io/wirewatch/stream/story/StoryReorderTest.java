package io.wirewatch.stream.story;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.WirewatchTopology;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst reaches the story stage in another order than it was ingested in (the dedup repartitions
 * shuffle it); the reorder wait puts it back in event order before clustering.
 */
class StoryReorderTest {
    static final Instant T0 = Instant.parse("2026-06-13T00:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void clustersABurstInEventOrderWhateverOrderItArrivesIn() throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reorder-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                WirewatchTopology.buildTopology(new StreamsBuilder(), Map.of()), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW.name(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            List<RawArticle> seeds = new ArrayList<>();
            int i = 0;
            for (Path f : PlainTextArticles.list(Path.of("..", "seeds"))) {
                PlainTextArticles.Text text = PlainTextArticles.read(f);
                Instant fetched = T0.plusNanos(1_000L * i++); // one burst: the same millisecond, in file order
                seeds.add(new RawArticle(f.getFileName().toString(), f.getFileName().toString(), "", null, null,
                        fetched, null, null, text.title(), text.body(), null, null, null, "txt", null));
            }
            List<RawArticle> shuffled = new ArrayList<>(seeds);
            Collections.reverse(shuffled);
            for (RawArticle a : shuffled) raw.pipeInput(a.id(), WirewatchSerdes.RAW_ARTICLE.serialize(null, a), T0);
            driver.advanceWallClockTime(Duration.ofSeconds(3)); // near-dup decides the whole burst
            driver.advanceWallClockTime(Duration.ofSeconds(10)); // the story stage drains it in event order

            TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                    Serdes.String().deserializer(), WirewatchSerdes.ALERT.deserializer());
            Map<String, String> fileOf = new java.util.HashMap<>();
            driver.createOutputTopic(Topics.ARTICLES.name(), Serdes.String().deserializer(),
                            WirewatchSerdes.ARTICLE.deserializer()).readValuesToList()
                    .forEach(a -> fileOf.put(a.articleId(), a.input().substring(0, 3)));
            List<String> typed = alerts.readValuesToList().stream()
                    .map(a -> fileOf.get(a.articleId()) + ":" + a.type()).toList();
            assertThat(typed).containsExactly("000:NEW_STORY", "002:DEVELOPMENT", "004:DEVELOPMENT");
            assertThat(driver.getKeyValueStore(StoryAssignProcessor.REORDER).approximateNumEntries()).isZero();
        }
    }
}
