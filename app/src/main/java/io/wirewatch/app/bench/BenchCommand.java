package io.wirewatch.app.bench;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.stream.Normaliser;
import io.wirewatch.stream.WirewatchTopology;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code wirewatch bench}: throughput, latency and how cost grows, measured against Kafka's own limit on
 * the same machine. Method and caveats: docs/benchmark.md.
 *
 * <p>Reads and writes {@code wirewatch.articles.raw}, {@code wirewatch.articles}, {@code wirewatch.duplicates},
 * {@code wirewatch.alerts}, {@code wirewatch.deadletter} and its own {@code wirewatch.bench.passthrough.in}
 * / {@code .out}; use a dedicated cluster (the default embedded broker in a temporary directory is one).
 * Progress goes to stderr; the table and, as the last line, one JSON object go to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline: Kafka's ceiling, sustained throughput, latency, per-stage cost, history growth.")
public class BenchCommand implements Callable<Integer> {
    static final String PASS_IN = "wirewatch.bench.passthrough.in";
    static final String PASS_OUT = "wirewatch.bench.passthrough.out";

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "Articles per measured run (default: ${DEFAULT-VALUE}).", defaultValue = "3000")
    int articles;

    @Option(names = "--duplicates", description = "Share of exact and near copies, 0-0.9 (default: ${DEFAULT-VALUE}).", defaultValue = "0.3")
    double duplicates;

    @Option(names = "--history", split = ",", description = "History sizes already in the stores, comma-separated; 0 skips"
            + " (default: ${DEFAULT-VALUE}; 1000000 takes far longer than 5 minutes on 2 cores).", defaultValue = "10000")
    List<Integer> history;

    @Option(names = "--rate", description = "Offered rate of the latency run, articles/s (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int rate;

    @Option(names = "--latency-seconds", description = "Length of the latency run (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    int latencySeconds;

    @Option(names = "--repeats", description = "Measured repetitions; medians are reported (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int repeats;

    @Option(names = "--seed", description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--bootstrap-servers", description = "Kafka to use; empty starts an embedded broker in the data dir.", defaultValue = "")
    String bootstrapServers;

    @Option(names = "--data-dir", description = "Where the embedded broker and Streams state live (default: a temporary directory, deleted afterwards).")
    Path dataDir;

    @Option(names = "--quick", description = "A few hundred articles, one repetition, small history: seconds, for tests; figures are not meaningful.")
    boolean quick;

    private final Map<String, Object> json = new LinkedHashMap<>();

    /** Standalone entry point ({@code java -cp wirewatch.jar io.wirewatch.app.bench.BenchCommand}); the CLI registers it as {@code bench}. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (quick) {
            articles = Math.min(articles, 200);
            repeats = 1;
            history = List.of(300);
            latencySeconds = 2;
        }
        if (articles < 100) throw new IllegalArgumentException("--articles must be at least 100");
        if (rate < 1 || repeats < 1 || latencySeconds < 2) throw new IllegalArgumentException("--rate, --repeats >= 1, --latency-seconds >= 2");
        PrintWriter out = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
        PrintStream err = System.err;
        Progress progress = new Progress(err);
        resetPeakHeap();

        boolean tempDir = dataDir == null;
        Path dir = tempDir ? Files.createTempDirectory("wirewatch-bench-") : dataDir;
        Files.createDirectories(dir);
        EmbeddedKafka broker = null;
        try {
            json.put("settings", settingsJson());
            String bootstrap = bootstrapServers;
            if (bootstrap == null || bootstrap.isBlank()) {
                progress.update("starting the embedded broker in " + dir);
                broker = EmbeddedKafka.start(dir);
                bootstrap = broker.bootstrapServers();
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrap);
            settings.put(CommonConfig.DATA_DIR, dir.toString());
            CommonConfig config = new CommonConfig(settings);
            TopicAdmin.ensure(bootstrap, config, Topics.CORE);
            TopicAdmin.ensureTopics(bootstrap, List.of(TopicAdmin.newTopic(PASS_IN, false, config),
                    TopicAdmin.newTopic(PASS_OUT, false, config)));

            // 1. The article stream.
            progress.update("generating " + articles + " articles (seed " + seed + ", duplicates " + duplicates + ")");
            BenchCorpus corpus = BenchCorpus.load();
            ArticleGenerator gen = new ArticleGenerator(corpus, seed, "a", duplicates);
            List<KafkaRuns.Payload> setA = new ArrayList<>(articles);
            List<RawArticle> rawA = new ArrayList<>(articles);
            Map<ArticleGenerator.Kind, Integer> kinds = new EnumMap<>(ArticleGenerator.Kind.class);
            long bytes = 0;
            for (int i = 0; i < articles; i++) {
                ArticleGenerator.Generated g = gen.article(i);
                kinds.merge(g.kind(), 1, Integer::sum);
                rawA.add(g.raw());
                KafkaRuns.Payload p = payload(g, "a");
                bytes += p.value().length;
                setA.add(p);
            }
            Map<String, Object> stream = new LinkedHashMap<>();
            stream.put("articles", articles);
            stream.put("originals", kinds.getOrDefault(ArticleGenerator.Kind.ORIGINAL, 0));
            stream.put("exact_copies", kinds.getOrDefault(ArticleGenerator.Kind.EXACT_COPY, 0));
            stream.put("near_copies", kinds.getOrDefault(ArticleGenerator.Kind.NEAR_COPY, 0));
            stream.put("mean_record_bytes", bytes / articles);
            stream.put("corpus_bodies", corpus.bodies().size());
            json.put("stream", stream);

            // 4. Per-stage cost, in process (the broker is idle meanwhile).
            stageCosts(setA, rawA, settings, dir.resolve("stage-cost"), progress);

            try (KafkaRuns kafka = new KafkaRuns(bootstrap, dir.resolve("bench-state"), progress)) {
                throughput(kafka, setA, settings, bootstrap, progress);
                historyGrowth(kafka, corpus, setA, settings, bootstrap, progress);
                latency(kafka, corpus, settings, bootstrap, progress);
            }
            Map<String, Object> resources = new LinkedHashMap<>();
            resources.put("peak_heap_mb", peakHeapMb());
            resources.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            resources.put("heap_note", "whole JVM: embedded broker, producer, Streams and consumers together");
            if (broker != null) resources.put("broker_log_mb", round(KafkaRuns.sizeOf(broker.logDir(), ".log") / 1e6));
            resources.put("available_processors", Runtime.getRuntime().availableProcessors());
            resources.put("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            json.put("resources", resources);
            json.put("elapsed_seconds", progress.elapsedSeconds());
        } finally {
            if (broker != null) broker.close();
            if (tempDir) deleteQuietly(dir);
        }
        BenchReport.print(out, json);
        out.println(JsonSerde.MAPPER.writeValueAsString(json));
        out.flush();
        return 0;
    }

    private Map<String, Object> settingsJson() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("articles", articles);
        s.put("duplicates", duplicates);
        s.put("history", history);
        s.put("rate", rate);
        s.put("latency_seconds", latencySeconds);
        s.put("repeats", repeats);
        s.put("seed", seed);
        s.put("quick", quick);
        s.put("embedded_broker", bootstrapServers == null || bootstrapServers.isBlank());
        s.put("producer", BenchTuning.producerTuning());
        s.put("streams", BenchTuning.streamsTuning());
        s.put("started_at", Instant.now().toString());
        return s;
    }

    static KafkaRuns.Payload payload(ArticleGenerator.Generated g, String set) {
        return new KafkaRuns.Payload(g.raw().id(), WirewatchSerdes.RAW_ARTICLE.serialize(null, g.raw()), set + "/" + g.index());
    }

    private void stageCosts(List<KafkaRuns.Payload> setA, List<RawArticle> rawA, Map<String, String> settings,
                            Path work, Progress progress) {
        int n = Math.min(setA.size(), quick ? 50 : 1000);
        int reps = quick ? 1 : repeats;
        List<String> keys = setA.subList(0, n).stream().map(KafkaRuns.Payload::key).toList();
        List<byte[]> values = setA.subList(0, n).stream().map(KafkaRuns.Payload::value).toList();
        Map<String, Object> stages = new LinkedHashMap<>();

        progress.update("per-stage cost: extraction and normalisation (pure functions)");
        ArticleExtractor extractor = ArticleExtractor.defaultExtractor();
        List<String> pages = rawA.subList(0, n).stream().map(HtmlRenderer::render).toList();
        stages.put("extraction_us", pureMicros(reps, n, i -> extractor.extract(pages.get(i), rawA.get(i).url())));
        Instant now = Instant.now();
        stages.put("normalise_us", pureMicros(reps, n, i -> Normaliser.normalise(keys.get(i), values.get(i), "bench", now)));
        stages.put("extraction_note", "ingest side, ArticleExtractor.defaultExtractor() on a rendered news page; not part of the Streams pipeline");

        progress.update("per-stage cost: stacking the topology stages under TopologyTestDriver (" + n + " articles x "
                + (reps * 6 + 1) + " runs)");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StageCost.Row r : StageCost.measure(keys, values, settings, reps, work)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stage", r.stage());
            row.put("us_per_article", round(r.microsPerArticle()));
            row.put("placeholder", r.placeholder());
            row.put("how", r.how());
            rows.add(row);
        }
        stages.put("topology", rows);
        stages.put("articles", n);
        stages.put("repeats", reps);
        json.put("stage_cost", stages);
        deleteQuietly(work);
    }

    private static double pureMicros(int reps, int n, java.util.function.IntConsumer f) {
        for (int i = 0; i < n; i++) f.accept(i); // warm-up
        List<Double> runs = new ArrayList<>();
        for (int r = 0; r < Math.max(reps, 1); r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) f.accept(i);
            runs.add((System.nanoTime() - t0) / 1e3 / n);
        }
        return round(Stats.median(runs));
    }

    /** (1) Kafka's ceiling with a pass-through app and (2) the pipeline, interleaved, medians of the repeats. */
    private void throughput(KafkaRuns kafka, List<KafkaRuns.Payload> setA, Map<String, String> settings,
                            String bootstrap, Progress progress) {
        int n = setA.size();
        // The pass-through is an order of magnitude faster: give it more records so a run lasts long enough.
        int copies = quick ? 1 : Math.max(1, Math.min(20, 20_000 / n));
        int ceilingN = n * copies;
        progress.update("producing " + ceilingN + " records (the same bytes " + copies + "x) to " + PASS_IN);
        Map<TopicPartition, Long> passStart = kafka.endOffsets(PASS_IN);
        long ns = kafka.produce(PASS_IN, ceilingN, i -> {
            KafkaRuns.Payload p = setA.get(i % n);
            return new KafkaRuns.Payload(p.key(), p.value(), "c/" + i);
        }, "preload " + PASS_IN);
        long mb = 0;
        for (int i = 0; i < ceilingN; i++) mb += setA.get(i % n).value().length;
        Map<String, Object> producer = new LinkedHashMap<>();
        producer.put("articles_per_s", round(ceilingN * 1e9 / ns));
        producer.put("mb_per_s", round(mb / 1e6 * 1e9 / ns));
        producer.put("records", ceilingN);
        json.put("producer", producer);

        progress.update("producing the " + n + " measured articles to " + Topics.RAW.name());
        Map<TopicPartition, Long> rawStart = kafka.endOffsets(Topics.RAW.name());
        kafka.produce(Topics.RAW.name(), n, setA::get, "preload raw");

        List<KafkaRuns.RunResult> ceiling = new ArrayList<>();
        List<KafkaRuns.RunResult> pipeline = new ArrayList<>();
        int warmups = quick ? 0 : 1;
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        for (int r = -warmups; r < repeats; r++) {
            String tag = r < 0 ? "warm-up" : "run " + (r + 1) + "/" + repeats;
            KafkaRuns.RunResult c;
            try (OutputTracker t = new OutputTracker(bootstrap, List.of(PASS_OUT), null, "c", 0, ceilingN)) {
                c = kafka.runSegment(passThrough(), "wirewatch-bench-ceiling-" + nonce + "-" + (r + warmups), passStart, t,
                        runTimeout(ceilingN, 200), "ceiling " + tag);
            }
            progress.update(String.format(Locale.ROOT, "ceiling %s: %.0f records/s sustained", tag, c.sustainedPerSec()));
            KafkaRuns.RunResult p;
            try (OutputTracker t = new OutputTracker(bootstrap, accountingTopics(), null, "a", 0, n)) {
                p = kafka.runSegment(WirewatchTopology.buildTopology(new StreamsBuilder(), settings),
                        "wirewatch-bench-pipeline-" + nonce + "-" + (r + warmups), rawStart, t, runTimeout(n, 10), "pipeline " + tag);
            }
            progress.update(String.format(Locale.ROOT, "pipeline %s: %.0f articles/s sustained %s", tag, p.sustainedPerSec(), p.perTopic()));
            if (r >= 0) {
                ceiling.add(c);
                pipeline.add(p);
            }
        }
        json.put("ceiling", runsJson(ceiling, "pass-through Streams app (bytes in, bytes out), exactly_once_v2, same settings"));
        json.put("pipeline", runsJson(pipeline, "WirewatchTopology.buildTopology under KafkaStreams; counted on "
                + String.join(" + ", accountingTopics())));
        double ceil = Stats.median(ceiling.stream().map(KafkaRuns.RunResult::sustainedPerSec).toList());
        double pipe = Stats.median(pipeline.stream().map(KafkaRuns.RunResult::sustainedPerSec).toList());
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("pipeline_articles_per_s", round(pipe));
        headline.put("ceiling_articles_per_s", round(ceil));
        headline.put("pipeline_share_of_ceiling", round(pipe / ceil));
        json.put("headline", headline);
    }

    /** (5) The same measured articles after {@code h} history articles went through the same app. */
    private void historyGrowth(KafkaRuns kafka, BenchCorpus corpus, List<KafkaRuns.Payload> setA,
                               Map<String, String> settings, String bootstrap, Progress progress) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        ArticleGenerator hist = new ArticleGenerator(corpus, seed, "h", duplicates);
        for (int h : history) {
            if (h <= 0) continue;
            progress.update("history " + h + ": producing " + h + " history articles, then the " + setA.size() + " measured ones");
            Map<TopicPartition, Long> start = kafka.endOffsets(Topics.RAW.name());
            long ns = kafka.produce(Topics.RAW.name(), h, i -> payload(hist.article(i), "h"), "history " + h);
            kafka.produce(Topics.RAW.name(), setA.size(), setA::get, "history " + h + " measured");
            KafkaRuns.RunResult r;
            try (OutputTracker t = new OutputTracker(bootstrap, accountingTopics(), null, "a", 0, setA.size())) {
                r = kafka.runSegment(WirewatchTopology.buildTopology(new StreamsBuilder(), settings),
                        "wirewatch-bench-history-" + h + "-" + nonce, start, t,
                        runTimeout(h + setA.size(), 10), "history " + h);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("history", h);
            row.put("articles_per_s", round(r.sustainedPerSec()));
            row.put("state_mb", round(r.stateBytes() / 1e6));
            row.put("history_produce_s", round(ns / 1e9));
            row.put("accounted", r.accounted());
            row.put("expected", r.expected());
            row.put("outputs", r.perTopic());
            rows.add(row);
            progress.update(String.format(Locale.ROOT, "history %d: %.0f articles/s sustained", h, r.sustainedPerSec()));
        }
        Map<String, Object> growth = new LinkedHashMap<>();
        growth.put("runs", rows);
        growth.put("how", "history articles (distinct set, same generator) bulk-produced to the raw topic ahead of the"
                + " measured articles and processed by the same fresh app; throughput measured on the measured articles only;"
                + " one run per history size");
        json.put("history", growth);
    }

    /** (3) Ingest-to-output and ingest-to-alert latency at a fixed offered rate. */
    private void latency(KafkaRuns kafka, BenchCorpus corpus, Map<String, String> settings, String bootstrap,
                         Progress progress) throws InterruptedException {
        int total = rate * latencySeconds;
        int warm = Math.min(total / 5, rate * 3);
        ArticleGenerator gen = new ArticleGenerator(corpus, seed, "l", duplicates);
        List<KafkaRuns.Payload> set = new ArrayList<>(total);
        for (int i = 0; i < total; i++) set.add(payload(gen.article(i), "l"));
        String appId = "wirewatch-bench-latency-" + Long.toString(System.currentTimeMillis(), 36);
        kafka.pinStart(appId, kafka.endOffsets(Topics.RAW.name()));
        progress.update("latency: " + total + " articles at " + rate + "/s (first " + warm + " are warm-up)");
        Map<String, Object> lat = new LinkedHashMap<>();
        try (OutputTracker t = new OutputTracker(bootstrap, accountingTopics(), Topics.ALERTS.name(), "l", 0, total);
             KafkaRuns.App app = kafka.start(WirewatchTopology.buildTopology(new StreamsBuilder(), settings), appId)) {
            AtomicReference<Exception> error = new AtomicReference<>();
            long t0 = System.nanoTime();
            long periodNs = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                long due = t0 + i * periodNs;
                long wait = due - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                kafka.send(Topics.RAW.name(), set.get(i), error);
                if (i % (rate * 5) == rate * 5 - 1) progress.update("latency: offered " + (i + 1) + "/" + total
                        + ", " + t.accounted() + " out");
            }
            double offered = total * 1e9 / (System.nanoTime() - t0);
            kafka.flush();
            if (error.get() != null) throw new IllegalStateException("producing failed", error.get());
            kafka.awaitAccounted(app, t, Duration.ofSeconds(120), "latency drain");
            List<Long> out = t.latencies(warm);
            List<Long> alerts = t.alertLatencies(warm);
            lat.put("offered_per_s", round(offered));
            lat.put("measured", out.size());
            lat.put("output_p50_ms", Stats.percentile(out, 50));
            lat.put("output_p99_ms", Stats.percentile(out, 99));
            lat.put("output_max_ms", Stats.percentile(out, 100));
            lat.put("alerts", alerts.size());
            lat.put("alert_p50_ms", Stats.percentile(alerts, 50));
            lat.put("alert_p99_ms", Stats.percentile(alerts, 99));
            lat.put("alert_max_ms", Stats.percentile(alerts, 100));
            lat.put("how", "producer CreateTime (at send) to the moment a read_committed consumer sees the first output of"
                    + " that input (articles/duplicates/deadletter) or its alert; includes linger, processing and the"
                    + " exactly_once_v2 commit");
            app.closeAndMeasureState();
        }
        json.put("latency", lat);
        progress.update(String.format(Locale.ROOT, "latency: p50 %s ms, p99 %s ms, max %s ms", lat.get("output_p50_ms"),
                lat.get("output_p99_ms"), lat.get("output_max_ms")));
    }

    private static Topology passThrough() {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(PASS_IN, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("bench-passthrough-source"))
                .to(PASS_OUT, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("bench-passthrough-sink"));
        return b.build();
    }

    static List<String> accountingTopics() {
        return List.of(Topics.ARTICLES.name(), Topics.DUPLICATES.name(), Topics.DEAD_LETTER.name());
    }

    /** Generous: start-up plus the records at a slow floor rate. */
    private static Duration runTimeout(int records, int floorPerSec) {
        return Duration.ofSeconds(120 + records / floorPerSec);
    }

    private static Map<String, Object> runsJson(List<KafkaRuns.RunResult> runs, String how) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sustained_per_s_median", round(Stats.median(runs.stream().map(KafkaRuns.RunResult::sustainedPerSec).toList())));
        m.put("overall_per_s_median", round(Stats.median(runs.stream().map(KafkaRuns.RunResult::overallPerSec).toList())));
        m.put("sustained_per_s_runs", runs.stream().map(r -> round(r.sustainedPerSec())).toList());
        m.put("startup_ms_median", Stats.median(runs.stream().map(KafkaRuns.RunResult::startupMs).toList()));
        m.put("state_mb_max", round(runs.stream().mapToLong(KafkaRuns.RunResult::stateBytes).max().orElse(0) / 1e6));
        KafkaRuns.RunResult last = runs.get(runs.size() - 1);
        m.put("accounted", last.accounted());
        m.put("expected", last.expected());
        m.put("outputs", last.perTopic());
        m.put("how", how);
        return m;
    }

    static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return v;
        double a = Math.abs(v);
        double scale = a >= 100 ? 1 : a >= 1 ? 100 : 10_000;
        return Math.round(v * scale) / scale;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / (1024 * 1024);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temporary directory
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
