package io.wirewatch.app.bench;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.ArticleStage;
import io.wirewatch.stream.ExactDedupStage;
import io.wirewatch.stream.EnrichStage;
import io.wirewatch.stream.NearDuplicateStage;
import io.wirewatch.stream.Normaliser;
import io.wirewatch.stream.Routed;
import io.wirewatch.stream.StageContext;
import io.wirewatch.stream.StoryStage;
import io.wirewatch.stream.WirewatchTopology;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Cost of each stage in µs per article, without a broker: the real stages are stacked one at a time
 * (normalise; + exact dedup; + near dedup; + enrich; + stories and alerts) and each stack is run under
 * {@link TopologyTestDriver} with persistent (RocksDB) stores; a stage's cost is the difference of the
 * medians of two consecutive stacks; the stacks run round-robin within each repetition. The first stack's cost is the floor every article pays (source,
 * JSON parse, normalisation, sink serialisation). A stage whose {@code apply} returns its input unchanged
 * adds no processor and is reported as a placeholder. The whole {@link WirewatchTopology} is timed too,
 * so stages added there later show up as "rest".
 */
final class StageCost {
    record Row(String stage, double microsPerArticle, boolean placeholder, String how) {
    }

    private record Step(String name, Supplier<ArticleStage> stage) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("exact dedup", ExactDedupStage::new),
            new Step("near-duplicate dedup", NearDuplicateStage::new),
            new Step("tagging (enrich)", EnrichStage::new),
            new Step("stories + alerts", null));

    private StageCost() {
    }

    /**
     * @param keys/values the serialized raw articles, in order
     * @param repeats     measured runs per stack (after one warm-up run of the whole topology)
     */
    static List<Row> measure(List<String> keys, List<byte[]> values, Map<String, String> settings, int repeats,
                             Path workDir) {
        List<Row> rows = new ArrayList<>();
        int n = values.size();
        // JIT warm-up: the whole topology once, not reported.
        time(WirewatchTopology.buildTopology(new StreamsBuilder(), settings), keys, values, workDir.resolve("warm"));

        // Round-robin over the stacks inside each repetition, so a change of machine load hits all stacks alike.
        int levels = STEPS.size() + 1;
        List<List<Double>> micros = new ArrayList<>();
        for (int level = 0; level <= levels; level++) micros.add(new ArrayList<>());
        boolean[] placeholder = new boolean[STEPS.size()];
        for (int r = 0; r < repeats; r++) {
            for (int level = 0; level <= levels; level++) {
                Topology t = level < levels ? stack(level, settings, placeholder)
                        : WirewatchTopology.buildTopology(new StreamsBuilder(), settings);
                micros.get(level).add(time(t, keys, values, workDir.resolve("stack" + level + "-" + r)) / 1e3 / n);
            }
        }
        Map<Integer, Double> stack = new LinkedHashMap<>();
        for (int level = 0; level < levels; level++) stack.put(level, Stats.median(micros.get(level)));
        double fullMicros = Stats.median(micros.get(levels));

        rows.add(new Row("source + normalise + sink", stack.get(0), false, "TopologyTestDriver, stack 0"));
        for (int k = 0; k < STEPS.size(); k++) {
            rows.add(new Row(STEPS.get(k).name(), stack.get(k + 1) - stack.get(k), placeholder[k],
                    "TopologyTestDriver, stack " + (k + 1) + " minus stack " + k));
        }
        rows.add(new Row("rest of WirewatchTopology", fullMicros - stack.get(STEPS.size()), false,
                "whole topology minus stack " + STEPS.size()));
        rows.add(new Row("whole topology (TopologyTestDriver)", fullMicros, false, "no broker, no transactions"));
        return rows;
    }

    /** The first {@code level} steps on top of normalisation. */
    private static Topology stack(int level, Map<String, String> settings, boolean[] placeholder) {
        StreamsBuilder builder = new StreamsBuilder();
        StageContext ctx = new StageContext(builder, settings);
        KStream<String, Routed<Article>> normalised = builder
                .stream(Topics.RAW.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("bench-raw-source"))
                .process(NormaliseOnly::new, Named.as("bench-normalise"));
        KStream<String, Article> articles = normalised
                .filter((k, r) -> r.isValue(), Named.as("bench-normalise-passed"))
                .mapValues(Routed::value, Named.as("bench-normalise-unwrap"));
        for (int k = 0; k < Math.min(level, STEPS.size() - 1); k++) {
            KStream<String, Article> next = STEPS.get(k).stage().get().apply(articles, ctx);
            placeholder[k] = next == articles;
            articles = next;
        }
        if (level == STEPS.size()) {
            KStream<String, Alert> alerts = new StoryStage().apply(articles, ctx);
            alerts.to(Topics.ALERTS.name(), Produced.with(Serdes.String(), WirewatchSerdes.ALERT).withName("bench-alerts-sink"));
        } else {
            articles.to(Topics.ARTICLES.name(), Produced.with(Serdes.String(), WirewatchSerdes.ARTICLE)
                    .withName("bench-articles-sink"));
        }
        return builder.build();
    }

    /** Wall time (ns) to pipe every record through, draining outputs as it goes. */
    private static long time(Topology topology, List<String> keys, List<byte[]> values, Path stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch-bench-stages");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        long start = Instant.parse("2026-03-02T06:00:00Z").toEpochMilli();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, p)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(),
                    new ByteArraySerializer());
            long t0 = System.nanoTime();
            for (int i = 0; i < values.size(); i++) {
                in.pipeInput(keys.get(i), values.get(i), start + 250L * i);
                if (i % 256 == 255) drain(driver);
            }
            drain(driver);
            return System.nanoTime() - t0;
        }
    }

    private static void drain(TopologyTestDriver driver) {
        for (String t : driver.producedTopicNames()) {
            if (t.startsWith("wirewatch-bench-stages-")) continue; // internal repartition topics
            driver.createOutputTopic(t, new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
        }
    }

    /** Normalisation as the topology runs it, dead letters dropped (the benchmark makes none). */
    private static final class NormaliseOnly extends ContextualProcessor<String, byte[], String, Routed<Article>> {
        @Override
        public void process(Record<String, byte[]> record) {
            context().forward(record.withValue(Normaliser.normalise(record.key(), record.value(), "bench",
                    Instant.ofEpochMilli(record.timestamp()))));
        }
    }
}
