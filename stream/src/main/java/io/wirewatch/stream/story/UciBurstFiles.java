package io.wirewatch.stream.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Writes the shipped UCI headlines ({@code uci-news-stories-dev.jsonl.gz}) as a replay file and its labels, to
 * measure the whole pipeline on headlines read in one burst, as a feed's backlog is:
 * {@code OUT/uci.jsonl} (one article a line: {@code title}, {@code body}, {@code url}, {@code source},
 * {@code publishedAt}, {@code language}) and {@code OUT/uci-labels.tsv} ({@code uci.jsonl:LINE<TAB>story}, as
 * {@link ReplayScore} reads them). Then: {@code ./wirewatch replay OUT/uci.jsonl --report r.json} and
 * {@code ReplayScore r.json --labels OUT/uci-labels.tsv}.
 * <p>
 * Usage: {@code UciBurstFiles SOURCE.jsonl.gz OUT-DIR}
 */
public final class UciBurstFiles {
    private UciBurstFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UciBurstFiles uci-news-stories-dev.jsonl.gz OUT-DIR");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        int n = write(Path.of(args[0]), out.resolve("uci.jsonl"), out.resolve("uci-labels.tsv"));
        System.out.printf("%d headlines: %s and %s%n", n, out.resolve("uci.jsonl"), out.resolve("uci-labels.tsv"));
    }

    /** Writes the replay file and the labels; returns the number of headlines. */
    static int write(Path source, Path jsonl, Path labels) throws IOException {
        int line = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8));
             Writer articles = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
             Writer tsv = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            String l;
            while ((l = in.readLine()) != null) {
                if (l.isBlank()) continue;
                JsonNode j = JsonSerde.MAPPER.readTree(l);
                ObjectNode a = JsonSerde.MAPPER.createObjectNode();
                a.put("title", j.path("title").asText(""));
                a.put("body", j.path("body").asText(j.path("title").asText("")));
                a.put("url", j.path("url").asText(null));
                a.put("source", j.path("source").asText(null));
                a.put("publishedAt", j.path("published").asText(null));
                a.put("language", "en");
                articles.write(JsonSerde.MAPPER.writeValueAsString(a));
                articles.write('\n');
                tsv.write("uci.jsonl:" + (++line) + "\t" + j.path("story").asText() + "\n");
            }
        }
        return line;
    }
}
