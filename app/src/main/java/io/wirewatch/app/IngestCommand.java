package io.wirewatch.app;

import io.wirewatch.common.Settings;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.KafkaRawPublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.files.FileIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirewatch ingest PATH...}: publish files to {@code wirewatch.articles.raw} and exit. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish article files (.txt, .html, .html.gz, .jsonl) or folders of them to wirewatch.articles.raw.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        IngestConfig ic = new IngestConfig(settings.asMap());
        try (Cluster kafka = Cluster.open(ic).ensureTopics(ic);
             KafkaRawPublisher publisher = new KafkaRawPublisher(kafka.bootstrap())) {
            FileIngester.Result r = new FileIngester(publisher, ArticleExtractor.defaultExtractor(), ic.maxFileBytes(),
                    Clock.systemUTC()).ingest(paths);
            publisher.flush();
            System.err.printf("Published %d article(s) to wirewatch.articles.raw and %d dead letter(s) to wirewatch.deadletter%n",
                    r.published(), r.deadLettered());
        }
        return 0;
    }
}
