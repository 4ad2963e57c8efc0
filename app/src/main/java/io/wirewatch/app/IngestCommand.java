package io.wirewatch.app;

import io.wirewatch.common.Settings;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.KafkaRawPublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.files.FileIngester;
import io.wirewatch.ingest.files.FolderWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wirewatch ingest}: publish files to {@code wirewatch.articles.raw} (dead letters to
 * {@code wirewatch.deadletter}) and exit, or with {@code --watch} keep publishing new files until Ctrl-C.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish article files (.txt, .html, .html.gz, .jsonl) or folders of them to wirewatch.articles.raw.",
                "With --watch DIR, keep watching DIR for new files until Ctrl-C (each file is published once, across restarts)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "0..*", paramLabel = "PATH")
    List<Path> paths = List.of();

    @Option(names = "--watch", paramLabel = "DIR", description = "Watch this folder for new files instead of exiting.")
    Path watch;

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && watch == null) {
            System.err.println("wirewatch ingest: give files or folders to publish, or --watch DIR");
            return 2;
        }
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        IngestConfig ic = new IngestConfig(settings.asMap());
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
            if (watch != null) {
                if (!Files.isDirectory(watch)) {
                    System.err.println("wirewatch ingest: not a folder: " + watch);
                    return 2;
                }
                try (FolderWatcher watcher = new FolderWatcher(watch, ingester,
                        ic.dataDir().resolve("ingest").resolve("files-seen.txt"),
                        ic.getLong(IngestConfig.WATCH_INTERVAL_MS), publisher::flush)) {
                    Thread t = new Thread(watcher, "wirewatch-watch");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        watcher.close();
                        t.interrupt();
                    }));
                    t.start();
                    System.err.println("Watching " + watch.toAbsolutePath() + " for new files. Ctrl-C stops.");
                    t.join();
                }
            }
        }
        return 0;
    }
}
