package io.wirewatch.app.bench;

import io.wirewatch.app.TempDataDir;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

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
        description = {"Benchmark the pipeline.",
                "Measures Kafka's ceiling, sustained throughput, latency, per-stage cost and history growth."})
public class BenchCommand implements Callable<Integer> {
    static final String PASS_IN = "wirewatch.bench.passthrough.in";
    static final String PASS_OUT = "wirewatch.bench.passthrough.out";
    /** How long a measured phase waits for the app to finish what earlier phases left (see KafkaRuns#awaitIdle). */
    static final Duration IDLE_WAIT = Duration.ofSeconds(300);

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

    @Option(names = "--tune", description = "Only sweep the producer settings (batch.size x linger.ms x compression) on these"
            + " articles and report records/s: the measurement behind the chosen settings.")
    boolean tune;

    @Option(names = "--quick", description = "100 articles, one repetition, a history of 500: about a minute, for tests; figures are not meaningful.")
    boolean quick;

    private final Map<String, Object> json = new LinkedHashMap<>();
    private Path stateDir;

    /** Standalone entry point ({@code java -cp wirewatch.jar io.wirewatch.app.bench.BenchCommand}); the CLI registers it as {@code bench}. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (quick) {
            // the smallest run that still passes every phase (the history phase pumps past what the
            // earlier phases left in the stores): about a minute on 2 cores, most of it the story stage
            articles = 100;
            repeats = 1;
            history = List.of(500);
            latencySeconds = 2;
            rate = Math.min(rate, 50);
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
            // --quick checks the phases, not the figures: the story stage's 5 s reorder wait would be most of
            // each short phase's time
            if (quick) settings.put(io.wirewatch.stream.story.StoryConfig.REORDER_MS, "500");
            CommonConfig config = new CommonConfig(settings);
            TopicAdmin.ensure(bootstrap, config, Topics.CORE);
            // Read by the subscription stage once it is in the topology; a missing source topic would stop Streams.
            TopicAdmin.ensure(bootstrap, config, List.of(Topics.SUBSCRIPTIONS));
            TopicAdmin.ensureTopics(bootstrap, List.of(TopicAdmin.newTopic(PASS_IN, false, config),
                    TopicAdmin.newTopic(PASS_OUT, false, config)));

            // 1. The article stream.
            progress.update("generating " + articles + " articles (seed " + seed + ", duplicates " + duplicates + ")");
            BenchCorpus corpus = BenchCorpus.load();
            ArticleGenerator gen = new ArticleGenerator(corpus, seed, "a0", duplicates);
            List<KafkaRuns.Payload> setA = new ArrayList<>(articles);
            List<RawArticle> rawA = new ArrayList<>(articles);
            Map<ArticleGenerator.Kind, Integer> kinds = new EnumMap<>(ArticleGenerator.Kind.class);
            long bytes = 0;
            for (int i = 0; i < articles; i++) {
                ArticleGenerator.Generated g = gen.article(i);
                kinds.merge(g.kind(), 1, Integer::sum);
                rawA.add(g.raw());
                KafkaRuns.Payload p = payload(g, "a0");
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

            if (tune) {
                List<Map<String, Object>> rows = ProducerSweep.run(bootstrap, PASS_IN, setA, quick ? 300 : 20_000,
                        repeats, progress);
                json.put("producer_sweep", rows);
                json.put("elapsed_seconds", progress.elapsedSeconds());
                ProducerSweep.print(out, rows);
                return finish(out, broker, tempDir, dir);
            }

            // 4. Per-stage cost, in process (the broker is idle meanwhile).
            stageCosts(setA, rawA, settings, dir.resolve("stage-cost"), progress);

            stateDir = dir.resolve("bench-state");
            try (KafkaRuns kafka = new KafkaRuns(bootstrap, stateDir, progress)) {
                ceiling(kafka, setA, progress);
                pipeline(kafka, corpus, settings, bootstrap, progress);
            }
            json.put("targets", targets());
            Map<String, Object> resources = new LinkedHashMap<>();
            resources.put("peak_heap_mb", peakHeapMb());
            resources.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            resources.put("heap_note", "whole JVM: embedded broker, producer, Streams and consumers together");
            if (broker != null) resources.put("broker_log_mb", round(KafkaRuns.sizeOf(broker.logDir(), ".log") / 1e6));
            resources.put("available_processors", Runtime.getRuntime().availableProcessors());
            resources.put("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            json.put("resources", resources);
            json.put("elapsed_seconds", progress.elapsedSeconds());
        } catch (RuntimeException | IOException | InterruptedException e) {
            close(broker, tempDir, dir);
            throw e;
        }
        close(broker, tempDir, dir);
        BenchReport.print(out, json);
        out.println(JsonSerde.MAPPER.writeValueAsString(json));
        out.flush();
        return 0;
    }

    private int finish(PrintWriter out, EmbeddedKafka broker, boolean tempDir, Path dir) throws IOException {
        close(broker, tempDir, dir);
        out.println(JsonSerde.MAPPER.writeValueAsString(json));
        out.flush();
        return 0;
    }

    private static void close(EmbeddedKafka broker, boolean tempDir, Path dir) {
        if (broker != null) broker.close();
        if (tempDir) TempDataDir.deleteRecursively(dir);
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
        s.put("clients", BenchTuning.describe());
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
        TempDataDir.deleteRecursively(work);
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

    /** (1) Kafka's ceiling: the same bytes through a pass-through Streams app with the same settings. */
    private void ceiling(KafkaRuns kafka, List<KafkaRuns.Payload> bytes, Progress progress) {
        int n = bytes.size();
        // The pass-through is far faster than the pipeline: give it more records so a batch lasts long enough.
        int batch = quick ? n : Math.max(n, 20_000);
        String appId = "wirewatch-bench-ceiling-" + Long.toString(System.currentTimeMillis(), 36);
        kafka.pinStart(appId, kafka.endOffsets(PASS_IN));
        progress.update("ceiling: starting a pass-through Streams app (" + PASS_IN + " -> " + PASS_OUT + ")");
        List<KafkaRuns.BatchResult> runs = new ArrayList<>();
        long stateBytes;
        long startup;
        try (KafkaRuns.App app = kafka.start(passThrough(), appId)) {
            startup = app.startupMs;
            int seq = 0;
            for (int r = quick ? 0 : -1; r < repeats; r++) {
                int count = r < 0 ? Math.min(batch, 5000) : batch;
                int base = seq;
                String tag = r < 0 ? "warm-up" : "run " + (r + 1) + "/" + repeats;
                KafkaRuns.BatchResult res = kafka.measureBatch(app, PASS_IN, List.of(PASS_OUT), "c", count,
                        i -> new KafkaRuns.Payload(bytes.get((base + i) % n).key(), bytes.get((base + i) % n).value(),
                                "c/" + i), timeout(count, 500), "ceiling " + tag);
                // Tracker expects c/0..count-1 per batch: safe because the tracker starts at the current end offsets.
                seq += count;
                progress.update(String.format(Locale.ROOT, "ceiling %s: %.0f records/s", tag, res.perSec()));
                if (r >= 0) runs.add(res);
            }
            stateBytes = app.closeAndMeasureState();
        }
        long mb = 0;
        for (int i = 0; i < batch; i++) mb += bytes.get(i % n).value().length;
        Map<String, Object> c = batchesJson(runs, "pass-through Streams app (bytes in, bytes out) with the pipeline's"
                + " Streams settings (exactly_once_v2); rate = records / (last output visible - first send)");
        c.put("mb_per_s_median", round(mb / 1e6 / Stats.median(runs.stream().map(KafkaRuns.BatchResult::seconds).toList())));
        c.put("producer_only_per_s_median", round(Stats.median(runs.stream().map(r -> r.count() / r.produceSeconds()).toList())));
        c.put("startup_ms", startup);
        c.put("state_mb", round(stateBytes / 1e6));
        json.put("ceiling", c);
    }

    /**
     * (2) sustained throughput, (3) latency and (5) growth with history, all on one pipeline application
     * that keeps its stores: a warm-up batch, {@code repeats} measured batches of distinct articles, the
     * fixed-rate latency run, then history pumped through until the stores hold each requested size and
     * one more measured batch at each size.
     */
    private void pipeline(KafkaRuns kafka, BenchCorpus corpus, Map<String, String> settings, String bootstrap,
                          Progress progress) throws InterruptedException {
        String appId = "wirewatch-bench-pipeline-" + Long.toString(System.currentTimeMillis(), 36);
        kafka.pinStart(appId, kafka.endOffsets(Topics.RAW.name()));
        progress.update("pipeline: starting WirewatchTopology under Kafka Streams (" + appId + ")");
        long processed = 0;
        List<KafkaRuns.BatchResult> runs = new ArrayList<>();
        Map<String, Object> growth = new LinkedHashMap<>();
        List<Map<String, Object>> growthRows = new ArrayList<>();
        // the topology names its own topics (the story handoff) after the application id: this run's
        Map<String, String> appSettings = new LinkedHashMap<>(settings);
        appSettings.put(io.wirewatch.common.CommonConfig.APPLICATION_ID, appId);
        TopicAdmin.ensureTopics(bootstrap, WirewatchTopology.ownTopics(appSettings));
        try (KafkaRuns.App app = kafka.start(WirewatchTopology.buildTopology(new StreamsBuilder(), appSettings), appId)) {
            json.put("pipeline_startup_ms", app.startupMs);
            int warm = quick ? 50 : Math.min(articles, 1000);
            KafkaRuns.BatchResult w = batch(kafka, app, corpus, "w", warm, "pipeline warm-up");
            processed += warm;
            progress.update(String.format(Locale.ROOT, "pipeline warm-up: %.0f articles/s", w.perSec()));
            for (int r = 0; r < repeats; r++) {
                kafka.awaitIdle(app, IDLE_WAIT, "pipeline run " + (r + 1) + "/" + repeats);
                KafkaRuns.BatchResult res = batch(kafka, app, corpus, "a" + r, articles, "pipeline run " + (r + 1) + "/" + repeats);
                processed += articles;
                runs.add(res);
                progress.update(String.format(Locale.ROOT, "pipeline run %d/%d: %.0f articles/s %s", r + 1, repeats,
                        res.perSec(), res.perTopic()));
            }
            Map<String, Object> p = batchesJson(runs, "WirewatchTopology.buildTopology under KafkaStreams (StreamApp's"
                    + " settings); batches of distinct generated articles sent as fast as the producer goes into the"
                    + " running app; rate = articles / (last output visible - first send); an article counts once it"
                    + " appears on " + String.join(" or ", accountingTopics()));
            p.put("stores_before_first_run", warm);
            p.putAll(storeFigures(app, "after_runs"));
            json.put("pipeline", p);
            double pipe = Stats.median(runs.stream().map(KafkaRuns.BatchResult::perSec).toList());
            @SuppressWarnings("unchecked")
            double ceil = (Double) ((Map<String, Object>) json.get("ceiling")).get("per_s_median");
            Map<String, Object> headline = new LinkedHashMap<>();
            headline.put("pipeline_articles_per_s", round(pipe));
            headline.put("ceiling_records_per_s", round(ceil));
            headline.put("pipeline_share_of_ceiling", round(pipe / ceil));
            json.put("headline", headline);

            // The exact-duplicate fast path: the first batch again, byte for byte (same URLs, same bodies), over and
            // over. Like the ceiling it needs at least 20,000 records: at ~5,000/s a 3,000-record batch lasts 0.6 s,
            // and the last transaction commit plus the reader's poll (~0.2 s, fixed) would be a third of it.
            ArticleGenerator first = new ArticleGenerator(corpus, seed, "a0", duplicates);
            List<byte[]> again = new ArrayList<>(articles);
            List<String> againKeys = new ArrayList<>(articles);
            for (int i = 0; i < articles; i++) {
                KafkaRuns.Payload one = payload(first.article(i), "a0");
                again.add(one.value());
                againKeys.add(one.key());
            }
            int fastCount = quick ? articles : Math.max(articles, 20_000);
            List<KafkaRuns.BatchResult> fastRuns = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                String set = "fp" + r;
                kafka.awaitIdle(app, IDLE_WAIT, "dedup fast path " + (r + 1) + "/" + repeats);
                KafkaRuns.BatchResult fast = kafka.measureBatch(app, Topics.RAW.name(), accountingTopics(), set, fastCount,
                        i -> new KafkaRuns.Payload(againKeys.get(i % articles), again.get(i % articles), set + "/" + i),
                        timeout(fastCount, 20), "dedup fast path " + (r + 1) + "/" + repeats);
                processed += fastCount;
                fastRuns.add(fast);
                progress.update(String.format(Locale.ROOT, "dedup fast path %d/%d: %.0f articles/s %s", r + 1, repeats,
                        fast.perSec(), fast.perTopic()));
            }
            Map<String, Object> fp = new LinkedHashMap<>();
            fp.put("per_s", round(Stats.median(fastRuns.stream().map(KafkaRuns.BatchResult::perSec).toList())));
            fp.put("runs_per_s", fastRuns.stream().map(b -> round(b.perSec())).toList());
            fp.put("records", fastCount);
            fp.put("outputs", fastRuns.get(fastRuns.size() - 1).perTopic());
            fp.put("how", "the first measured batch re-sent unchanged, cycled to " + fastCount + " records, " + repeats + " times (median): every article"
                    + " is an exact duplicate of one in the stores");
            json.put("dedup_fast_path", fp);

            // the story stage still counts the fast path's copies (each one updates its story's summary)
            kafka.awaitIdle(app, IDLE_WAIT, "latency");
            processed += latency(kafka, app, corpus, bootstrap, progress);

            ArticleGenerator hist = new ArticleGenerator(corpus, seed, "h", duplicates);
            int pumped = 0;
            for (int h : history.stream().filter(x -> x > 0).sorted().toList()) {
                int more = (int) Math.max(0, h - processed);
                if (more > 0) {
                    int from = pumped;
                    progress.update("history " + h + ": pumping " + more + " history articles through the pipeline");
                    try (OutputTracker t = new OutputTracker(bootstrap, accountingTopics(), null, "h", from, from + more)) {
                        kafka.produce(Topics.RAW.name(), more, i -> payload(hist.article(from + i), "h"), "history " + h);
                        kafka.awaitAccounted(app, t, timeout(more, 20), "history " + h);
                    }
                    pumped += more;
                    processed += more;
                }
                kafka.awaitIdle(app, IDLE_WAIT, "history " + h);
                KafkaRuns.BatchResult res = batch(kafka, app, corpus, "m" + h, articles, "history " + h + " measured");
                processed += articles;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("history", h);
                row.put("stores_before", processed - articles);
                row.put("articles_per_s", round(res.perSec()));
                row.putAll(storeFigures(app, "before"));
                row.put("accounted", res.accounted());
                row.put("outputs", res.perTopic());
                growthRows.add(row);
                progress.update(String.format(Locale.ROOT, "history %d: %.0f articles/s", h, res.perSec()));
            }
            long stateBytes = app.closeAndMeasureState();
            json.put("state_mb_at_end", round(stateBytes / 1e6));
        }
        growth.put("runs", growthRows);
        growth.put("how", "the same running app: history articles (a distinct generated set) pumped through the whole"
                + " pipeline until its stores had seen the size, then one measured batch of " + articles
                + " new articles; single batch per size; store_keys/store_mb from the RocksDB metrics of all the app's"
                + " stores (SST files + data in memtables) just before the batch");
        json.put("history", growth);
    }

    /** The app's stores right now: keys and bytes (SST files + memtables), from the RocksDB metrics. */
    private static Map<String, Object> storeFigures(KafkaRuns.App app, String suffix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store_keys_" + suffix, app.storeMetric("estimate-num-keys"));
        long sst = app.storeMetric("total-sst-files-size");
        long mem = app.storeMetric("cur-size-all-mem-tables");
        m.put("store_mb_" + suffix, sst < 0 || mem < 0 ? -1 : round((sst + mem) / 1e6));
        return m;
    }

    /** The project's goals next to today's figures (met: true/false, or null when not measured). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> targets() {
        Map<String, Object> t = new LinkedHashMap<>();
        double pipe = ((Number) ((Map<String, Object>) json.get("headline")).get("pipeline_articles_per_s")).doubleValue();
        t.put("pipeline_articles_per_s", target(pipe, ">=", 1000));
        double fast = ((Number) ((Map<String, Object>) json.get("dedup_fast_path")).get("per_s")).doubleValue();
        t.put("dedup_fast_path_per_s", target(fast, ">=", 5000));
        Map<String, Object> lat = (Map<String, Object>) json.get("latency");
        t.put("p99_ms_at_offered_rate", target(((Number) lat.get("output_p99_ms")).doubleValue(), "<=", 1000));
        Double at10k = null;
        Double at1m = null;
        for (Map<String, Object> r : (List<Map<String, Object>>) ((Map<String, Object>) json.get("history")).get("runs")) {
            int h = (Integer) r.get("history");
            double v = ((Number) r.get("articles_per_s")).doubleValue();
            if (h == 10_000) at10k = v;
            if (h == 1_000_000) at1m = v;
        }
        // Cost per article is 1/rate, so cost(1M)/cost(10k) = rate(10k)/rate(1M).
        t.put("cost_1m_over_10k", at10k != null && at1m != null ? target(at10k / at1m, "<=", 1.2)
                : Map.of("value", "not measured (needs --history 10000,1000000)", "target", "<= 1.2"));
        t.put("peak_heap_mb", target(peakHeapMb(), "<=", 1024));
        return t;
    }

    private static Map<String, Object> target(double value, String op, double goal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", round(value));
        m.put("target", op + " " + (goal == Math.rint(goal) ? String.valueOf((long) goal) : String.valueOf(goal)));
        m.put("met", op.equals(">=") ? value >= goal : value <= goal);
        return m;
    }

    private KafkaRuns.BatchResult batch(KafkaRuns kafka, KafkaRuns.App app, BenchCorpus corpus, String set, int count,
                                        String label) {
        ArticleGenerator gen = new ArticleGenerator(corpus, seed, set, duplicates);
        List<KafkaRuns.Payload> payloads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) payloads.add(payload(gen.article(i), set));
        return kafka.measureBatch(app, Topics.RAW.name(), accountingTopics(), set, count, payloads::get,
                timeout(count, 20), label);
    }

    /** (3) Ingest-to-output and ingest-to-alert latency at a fixed offered rate; returns the articles sent. */
    private int latency(KafkaRuns kafka, KafkaRuns.App app, BenchCorpus corpus, String bootstrap, Progress progress)
            throws InterruptedException {
        int total = rate * latencySeconds;
        int warm = Math.min(total / 5, rate * 2);
        ArticleGenerator gen = new ArticleGenerator(corpus, seed, "l", duplicates);
        List<KafkaRuns.Payload> set = new ArrayList<>(total);
        for (int i = 0; i < total; i++) set.add(payload(gen.article(i), "l"));
        progress.update("latency: " + total + " articles at " + rate + "/s (the first " + warm + " are not measured)");
        Map<String, Object> lat = new LinkedHashMap<>();
        try (OutputTracker t = new OutputTracker(bootstrap, accountingTopics(), Topics.ALERTS.name(), "l", 0, total)) {
            AtomicReference<Exception> error = new AtomicReference<>();
            long t0 = System.nanoTime();
            long periodNs = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                long wait = t0 + i * periodNs - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                kafka.send(Topics.RAW.name(), set.get(i), error);
                if (i % (rate * 5) == rate * 5 - 1) {
                    progress.update("latency: offered " + (i + 1) + "/" + total + ", " + t.accounted() + " out");
                }
            }
            double offered = total * 1e9 / (System.nanoTime() - t0);
            kafka.flush();
            if (error.get() != null) throw new IllegalStateException("producing failed", error.get());
            kafka.awaitAccounted(app, t, Duration.ofSeconds(120 + total / 20), "latency drain");
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
                    + " that input (articles/duplicates/deadletter), or its alert; includes linger, processing and the"
                    + " exactly_once_v2 commit; the app is warm and its stores hold the earlier batches");
        }
        json.put("latency", lat);
        progress.update(String.format(Locale.ROOT, "latency: p50 %s ms, p99 %s ms, max %s ms", lat.get("output_p50_ms"),
                lat.get("output_p99_ms"), lat.get("output_max_ms")));
        return total;
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

    /** Generous: two minutes plus the records at a slow floor rate. */
    private static Duration timeout(int records, int floorPerSec) {
        return Duration.ofSeconds(120 + records / floorPerSec);
    }

    private static Map<String, Object> batchesJson(List<KafkaRuns.BatchResult> runs, String how) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("per_s_median", round(Stats.median(runs.stream().map(KafkaRuns.BatchResult::perSec).toList())));
        m.put("per_s_runs", runs.stream().map(r -> round(r.perSec())).toList());
        m.put("batch", runs.get(0).count());
        m.put("seconds_median", round(Stats.median(runs.stream().map(KafkaRuns.BatchResult::seconds).toList())));
        KafkaRuns.BatchResult last = runs.get(runs.size() - 1);
        m.put("accounted", last.accounted());
        m.put("expected", last.count());
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
}
