package io.wirewatch.app;

import io.wirewatch.ingest.extract.ExtractCommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wirewatch extract PATH... [--out FILE]}: run the article extractor on saved pages. No Kafka:
 * a tool to inspect (and benchmark) what ingest would publish.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles from saved web pages as JSON (no Kafka).",
                "Reads .html, .html.gz, or folders of them, and writes one JSON object keyed by file name",
                "(without .html/.html.gz): url, title, articleBody, byline, published, modified, language, canonicalUrl."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        int pages;
        if (out == null) {
            pages = ExtractCommandSupport.extractToJson(paths, System.out);
            System.out.flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
                pages = ExtractCommandSupport.extractToJson(paths, os);
            }
        }
        System.err.println("Extracted " + pages + " page(s)" + (out == null ? "" : " to " + out));
        return 0;
    }
}
