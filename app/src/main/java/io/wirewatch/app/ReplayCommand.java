package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.KafkaRawPublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.files.FileIngester;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * {@code wirewatch replay PATH...}: the finite run. Publishes every file, waits until the topology
 * and the sink have processed all of it, writes the alerts JSONL and a JSON report, and exits.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Process saved articles once, write alerts and a report, and exit.",
                "Publishes files or folders of saved articles, waits until the pipeline has processed all of them,",
                "writes the alerts (JSONL) and a report (JSON) of every record's outcome, then exits.",
                "Without --data-dir it uses a fresh temporary broker and state, deleted at the end (also on Ctrl-C)."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt, .html, .html.gz, .jsonl, .jsonl.gz files or folders of them")
    List<Path> paths;

    @Option(names = "--alerts", paramLabel = "FILE", description = "Alerts JSONL to write (default: <data-dir>/alerts.jsonl, appended to; with a temporary data dir"
            + " ./replay-alerts.jsonl, replaced).")
    Path alertsFile;

    @Option(names = "--report", paramLabel = "FILE", description = "JSON report of totals and per-record outcomes.")
    Path reportFile;

    @Option(names = "--articles", paramLabel = "FILE", description = "Write every accepted article, enriched, one JSON object a line.")
    Path articlesFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "Give up when the pipeline has not processed everything after this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("wirewatch replay: no such file or directory: " + p);
                return 2;
            }
        }
        // before a broker is started for nothing: an empty folder is more often a wrong path than a wish
        if (FileIngester.expand(paths).isEmpty()) {
            System.err.println("wirewatch replay: no files in " + paths.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", "))
                    + " (give .txt, .html, .html.gz, .jsonl or .jsonl.gz files, or folders of them)");
            return 2;
        }
        Settings settings = cluster.settings(null);
        // Never a user-given data dir: only the one made here is ever deleted.
        TempDataDir tempDir = null;
        if (settings.get(CommonConfig.DATA_DIR) == null) {
            tempDir = TempDataDir.create("wirewatch-replay-", STOP_GRACE);
            settings.with(CommonConfig.DATA_DIR, tempDir.path());
        } else if (StateDirGuard.refuses(settings, "replay", System.err)) {
            return 2;
        }
        TempDataDir temp = tempDir;
        java.util.function.BooleanSupplier stopping = () -> temp != null && temp.stopRequested();
        PrintStream out = System.out;
        try {
            return replay(settings, temp, stopping, out, t0);
        } finally {
            // After replay(...) closed the broker and the topology: nothing writes there any more.
            if (temp != null) temp.close();
        }
    }

    private int replay(Settings settings, TempDataDir tempDir, java.util.function.BooleanSupplier stopping,
                       PrintStream out, long t0) throws Exception {
        CommonConfig config = new CommonConfig(settings.asMap());
        Path alerts = alertsFile != null ? alertsFile
                : tempDir != null ? Path.of("replay-alerts.jsonl") : config.dataDir().resolve("alerts.jsonl");
        // a temporary data dir is a fresh pipeline, so its alerts replace what an earlier replay left in the file:
        // the file's sink skips alert ids it already holds, and a second replay would neither print nor write them
        if (tempDir != null) Files.deleteIfExists(alerts);
        try (Cluster kafka = Cluster.open(config).ensureTopics(config)) {
            OutcomeCollector collector = new OutcomeCollector(kafka.bootstrap());
            SubscriptionAlertCounter subscriptionAlerts = new SubscriptionAlertCounter(kafka.bootstrap());
            try (collector; subscriptionAlerts; Pipeline pipeline = new Pipeline(kafka, settings, alerts, out)) {
                RecordingPublisher recorder;
                try (KafkaRawPublisher publisher = new KafkaRawPublisher(kafka.bootstrap())) {
                    recorder = new RecordingPublisher(publisher);
                    IngestConfig ic = new IngestConfig(settings.asMap());
                    new FileIngester(recorder, ArticleExtractor.defaultExtractor(), ic.maxFileBytes(), Clock.systemUTC())
                            .ingest(paths);
                    publisher.flush();
                }
                int expected = recorder.inputs.size();
                System.err.printf("Published %d record(s) (%d article(s), %d dead letter(s) from ingest); waiting for the pipeline …%n",
                        expected, recorder.published, recorder.deadLettered);
                long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
                long lastProgress = 0;
                while (collector.outcomes() < expected && System.currentTimeMillis() < deadline && !stopping.getAsBoolean()) {
                    collector.poll(Duration.ofMillis(200));
                    if (System.currentTimeMillis() - lastProgress > 2000) {
                        System.err.printf("  processed %d/%d%n", collector.outcomes(), expected);
                        lastProgress = System.currentTimeMillis();
                    }
                }
                if (stopping.getAsBoolean()) return stopped();
                if (collector.outcomes() < expected) {
                    System.err.printf("wirewatch replay: only %d of %d records were processed within %d s."
                                    + " Is the topology running (see the log above)? Try a larger --timeout.%n",
                            collector.outcomes(), expected, timeoutSeconds);
                    return 1;
                }
                // Alerts are committed in the same transactions as the outcomes; wait until the sink has them all.
                Map<TopicPartition, Long> alertEnds = collector.alertEndOffsets();
                while (System.currentTimeMillis() < deadline && !caughtUp(pipeline.sink.positions(), alertEnds)
                        && !stopping.getAsBoolean()) {
                    collector.poll(Duration.ofMillis(100));
                }
                if (stopping.getAsBoolean()) return stopped();
                collector.poll(Duration.ofMillis(200));
                // and the story summaries, which say which stories a later article merged into another
                while (System.currentTimeMillis() < deadline && !collector.caughtUpOn(Topics.STORIES.name())
                        && !stopping.getAsBoolean()) {
                    collector.poll(Duration.ofMillis(100));
                }
                if (!caughtUp(pipeline.sink.positions(), alertEnds)) {
                    System.err.println("wirewatch replay: the sink did not deliver all alerts within the timeout.");
                    return 1;
                }
                // And until every alert on a subscription topic was delivered (or dead-lettered).
                int toDeliver = subscriptionAlerts.count();
                while (System.currentTimeMillis() < deadline && !stopping.getAsBoolean()
                        && pipeline.delivery.deliveredCount() + pipeline.delivery.deadLetteredCount() < toDeliver) {
                    Thread.sleep(100);
                }
                if (stopping.getAsBoolean()) return stopped();
                if (pipeline.delivery.deliveredCount() + pipeline.delivery.deadLetteredCount() < toDeliver) {
                    System.err.printf("wirewatch replay: %d of %d subscription alerts were delivered within the timeout.%n",
                            pipeline.delivery.deliveredCount() + pipeline.delivery.deadLetteredCount(), toDeliver);
                    return 1;
                }
                ReplayReport report = report(recorder.inputs, collector, alerts, System.nanoTime() - t0);
                if (reportFile != null) {
                    writeAtomically(reportFile, JsonSerde.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
                }
                if (articlesFile != null) {
                    StringBuilder sb = new StringBuilder();
                    for (Article a : collector.accepted) sb.append(WirewatchSerdes.ARTICLE.toJson(a)).append('\n');
                    writeAtomically(articlesFile, sb.toString());
                }
                ReplayReport.Totals t = report.totals();
                System.err.printf("Replay done in %.1f s: %d ingested = %d accepted + %d duplicate + %d dead-lettered; %d alert(s) in %s%s%n",
                        report.durationMs() / 1000.0, t.ingested(), t.accepted(), t.duplicates(), t.deadLettered(),
                        t.alerts(), alerts, reportFile == null ? "" : "; report in " + reportFile);
                return 0;
            }
        }
    }

    /** How long a stop (Ctrl-C, SIGTERM) waits for the pipeline to close before the temp dir is deleted anyway. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private static int stopped() {
        System.err.println("wirewatch replay: stopped before the pipeline finished; deleting the temporary data dir.");
        return 130;
    }

    static boolean caughtUp(Map<TopicPartition, Long> positions, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            if (e.getValue() == 0) continue;
            Long pos = positions.get(e.getKey());
            if (pos == null || pos < e.getValue()) return false;
        }
        return true;
    }

    static ReplayReport report(List<String> inputs, OutcomeCollector c, Path alerts, long nanos) {
        List<Article> accepted = new ArrayList<>(c.accepted);
        List<Duplicate> dups = new ArrayList<>(c.duplicates);
        List<DeadLetter> dead = new ArrayList<>(c.deadLetters);
        List<ReplayReport.Entry> entries = new ArrayList<>();
        for (String input : inputs) {
            Article a = take(accepted, x -> x.input().equals(input));
            if (a != null) {
                entries.add(new ReplayReport.Entry(input, "accepted", a.articleId(), a.storyId(), null, null, null, null,
                        c.currentStory(a.storyId())));
                continue;
            }
            Duplicate d = take(dups, x -> x.input().equals(input));
            if (d != null) {
                entries.add(new ReplayReport.Entry(input, "duplicate", d.articleId(), null, d.duplicateOf(), d.kind(),
                        null, null, null));
                continue;
            }
            DeadLetter dl = take(dead, x -> x.input().equals(input));
            if (dl != null) {
                entries.add(new ReplayReport.Entry(input, "dead-lettered", null, null, null, null, dl.reason(), dl.stage(), null));
                continue;
            }
            entries.add(new ReplayReport.Entry(input, "unknown", null, null, null, null,
                    "no outcome matched this input by name", null, null));
        }
        ReplayReport.Totals totals = new ReplayReport.Totals(inputs.size(), c.accepted.size(), c.duplicates.size(),
                c.deadLetters.size(), c.alerts.size());
        return new ReplayReport(totals, entries, alerts.toString(), nanos / 1_000_000);
    }

    private static <T> T take(List<T> list, Predicate<T> p) {
        for (Iterator<T> it = list.iterator(); it.hasNext(); ) {
            T x = it.next();
            if (p.test(x)) {
                it.remove();
                return x;
            }
        }
        return null;
    }

    static void writeAtomically(Path file, String content) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
