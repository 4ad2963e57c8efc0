package io.wirewatch.app;

import io.wirewatch.common.Settings;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.KafkaRawPublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.files.FileIngester;
import io.wirewatch.ingest.files.FolderWatcher;
import io.wirewatch.ingest.web.WebIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code wirewatch ingest}: publish files and web sources to {@code wirewatch.articles.raw} (dead
 * letters to {@code wirewatch.deadletter}). Files given as arguments are published once; with
 * {@code --watch DIR} or web sources it keeps going until Ctrl-C ({@code --once}: one poll, then exit).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish article files and web sources into the pipeline.",
                "Publishes .txt, .html, .html.gz, .jsonl, .jsonl.gz files or folders of them to wirewatch.articles.raw,",
                "watches a folder for new files (--watch DIR), and polls web sources (--feed, --sitemap, --page, --sources).",
                "Files and web entries already published are not published again, across restarts."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    WebSourceOptions web;

    @Parameters(arity = "0..*", paramLabel = "PATH")
    List<Path> paths = List.of();

    @Option(names = "--watch", paramLabel = "DIR", description = "Watch this folder for new files until Ctrl-C.")
    Path watch;

    @Option(names = "--once", description = "Poll the web sources once and exit (default: keep polling until Ctrl-C).")
    boolean once;

    @Override
    public Integer call() throws Exception {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        web.applyTo(settings);
        IngestConfig ic = new IngestConfig(settings.asMap());
        if (watch != null && !Files.isDirectory(watch)) {
            System.err.println("wirewatch ingest: not a folder: " + watch);
            return 2;
        }
        try (Cluster kafka = Cluster.open(ic).ensureTopics(ic);
             KafkaRawPublisher publisher = new KafkaRawPublisher(kafka.bootstrap())) {
            FileIngester ingester = new FileIngester(publisher, ArticleExtractor.defaultExtractor(), ic.maxFileBytes(),
                    Clock.systemUTC());
            if (!paths.isEmpty()) {
                FileIngester.Result r = ingester.ingest(paths);
                publisher.flush();
                System.err.printf("Published %d article(s) to wirewatch.articles.raw and %d dead letter(s) to wirewatch.deadletter%n",
                        r.published(), r.deadLettered());
            }
            WebIngester webIngester = web.open(settings, publisher);
            if (webIngester == null && watch == null) {
                if (paths.isEmpty()) {
                    System.err.println("wirewatch ingest: nothing to do: give files or folders, --watch DIR, or web sources"
                            + " (--feed/--sitemap/--page/--sources)");
                    return 2;
                }
                return 0;
            }
            try (WebIngester wi = webIngester) {
                if (wi != null && once) {
                    WebIngester.PollReport r = wi.pollAll();
                    publisher.flush();
                    System.err.printf("Polled %d source(s): %d new, %d updated, %d failed%n",
                            r.sourcesPolled(), r.published(), r.updated(), r.failed());
                    if (watch == null) return 0;
                }
                runUntilCtrlC(ic, ingester, publisher, once ? null : wi);
            }
        }
        return 0;
    }

    /** Runs the folder watcher and/or the web poller on their own threads until the JVM is asked to stop. */
    private void runUntilCtrlC(IngestConfig ic, FileIngester ingester, KafkaRawPublisher publisher, WebIngester wi)
            throws Exception {
        List<Thread> threads = new ArrayList<>();
        FolderWatcher watcher = watch == null ? null : new FolderWatcher(watch, ingester,
                ic.dataDir().resolve("ingest").resolve("files-seen.txt"),
                ic.getLong(IngestConfig.WATCH_INTERVAL_MS), publisher::flush);
        if (watcher != null) {
            threads.add(new Thread(watcher, "wirewatch-watch"));
            System.err.println("Watching " + watch.toAbsolutePath() + " for new files. Ctrl-C stops.");
        }
        if (wi != null) {
            threads.add(new Thread(() -> {
                try {
                    wi.runUntilStopped();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "wirewatch-web"));
            System.err.println("Polling " + wi.sources().size() + " web source(s). Ctrl-C stops.");
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) watcher.close();
            if (wi != null) wi.stop();
            threads.forEach(Thread::interrupt);
            done.countDown();
            try {
                main.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wirewatch-shutdown"));
        threads.forEach(Thread::start);
        done.await();
        for (Thread t : threads) t.join(10_000);
        publisher.flush();
    }

}
