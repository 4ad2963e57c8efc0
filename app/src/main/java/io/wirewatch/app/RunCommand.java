package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.KafkaRawPublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.files.FileIngester;
import io.wirewatch.ingest.files.FolderWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code wirewatch run}: the main job. Ingest (watching a folder), the stream topology and the
 * sink in one process, on the embedded broker unless bootstrap servers are given, until Ctrl-C.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline until Ctrl-C.",
                "Watches a folder (and polls --feed/--sitemap/--page sources) for new articles, deduplicates,",
                "tags, clusters and alerts. Uses an embedded Kafka broker in --data-dir (default ./wirewatch-data)",
                "unless --bootstrap-servers is given. State survives restarts."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--watch", paramLabel = "DIR", description = "Folder to watch for article files (ingest.watch.dir, default seeds).")
    Path watch;

    @Option(names = "--alerts", paramLabel = "FILE", description = "Alerts JSONL (default <data-dir>/alerts.jsonl).")
    Path alertsFile;

    @picocli.CommandLine.Mixin
    WebSourceOptions web;

    @Override
    public Integer call() throws Exception {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        settings.with(IngestConfig.WATCH_DIR, watch);
        IngestConfig ic = new IngestConfig(settings.asMap());
        Path folder = Path.of(ic.getString(IngestConfig.WATCH_DIR));
        if (!Files.isDirectory(folder)) {
            System.err.println("wirewatch run: the folder to watch does not exist: " + folder.toAbsolutePath()
                    + " (give one with --watch DIR)");
            return 2;
        }
        if (StateDirGuard.refuses(settings, "run", System.err)) return 2;
        Path alerts = alertsFile != null ? alertsFile : ic.dataDir().resolve("alerts.jsonl");
        CountDownLatch stopped = new CountDownLatch(1);
        Cluster kafka = Cluster.open(ic).ensureTopics(ic);
        Pipeline pipeline = null;
        KafkaRawPublisher publisher = null;
        FolderWatcher watcher = null;
        io.wirewatch.ingest.web.WebIngester webIngester = null;
        try {
            pipeline = new Pipeline(kafka, settings, alerts, System.out);
            publisher = new KafkaRawPublisher(kafka.bootstrap());
            KafkaRawPublisher pub = publisher;
            FileIngester ingester = new FileIngester(pub, ArticleExtractor.defaultExtractor(), ic.maxFileBytes(),
                    Clock.systemUTC());
            watcher = new FolderWatcher(folder, ingester, ic.dataDir().resolve("ingest").resolve("files-seen.txt"),
                    ic.getLong(IngestConfig.WATCH_INTERVAL_MS), pub::flush);
            Thread watchThread = new Thread(watcher, "wirewatch-watch");
            watchThread.setDaemon(true);
            watchThread.start();
            webIngester = web.open(settings, pub);
            if (webIngester != null) {
                io.wirewatch.ingest.web.WebIngester wi = webIngester;
                Thread webThread = new Thread(() -> {
                    try {
                        wi.runUntilStopped();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "wirewatch-web");
                webThread.setDaemon(true);
                webThread.start();
                System.err.println("Polling " + wi.sources().size() + " web source(s).");
            }
            System.err.println("Wirewatch is running: watching " + folder.toAbsolutePath() + ", alerts to stdout and "
                    + alerts.toAbsolutePath() + ". Ctrl-C stops.");
        } catch (RuntimeException | java.io.IOException e) {
            closeWeb(webIngester);
            closeAll(watcher, publisher, pipeline, kafka);
            throw e;
        }
        io.wirewatch.ingest.web.WebIngester wi = webIngester;
        FolderWatcher w = watcher;
        KafkaRawPublisher p = publisher;
        Pipeline pl = pipeline;
        Thread hook = new Thread(() -> {
            System.err.println("Stopping Wirewatch …");
            closeWeb(wi);
            closeAll(w, p, pl, kafka);
            System.err.println("Wirewatch stopped cleanly.");
            stopped.countDown();
        }, "wirewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }

    static void closeWeb(io.wirewatch.ingest.web.WebIngester w) {
        if (w == null) return;
        try {
            w.stop();
            w.close();
        } catch (Exception e) {
            System.err.println("Warning: stopping the web ingester: " + e.getMessage());
        }
    }

    static void closeAll(FolderWatcher watcher, KafkaRawPublisher publisher, Pipeline pipeline, Cluster kafka) {
        if (watcher != null) watcher.close();
        try {
            if (publisher != null) publisher.close();
        } catch (RuntimeException e) {
            System.err.println("Warning: " + e.getMessage());
        }
        if (pipeline != null) pipeline.close();
        kafka.close();
    }
}
