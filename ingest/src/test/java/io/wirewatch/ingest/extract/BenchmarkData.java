package io.wirewatch.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The copied article-extraction-benchmark pages: id, URL, raw HTML bytes and the annotated body. */
record BenchmarkData(String id, String url, byte[] html, String truth) {

    /** All pages of a dataset directory holding ground-truth.json and html/ID.html.gz, sorted by id. */
    static List<BenchmarkData> load(Path dir) throws IOException {
        JsonNode gt = JsonSerde.MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
        List<BenchmarkData> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = gt.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                bytes = in.readAllBytes();
            }
            out.add(new BenchmarkData(e.getKey(), e.getValue().path("url").asText(null), bytes,
                    e.getValue().path("articleBody").asText("")));
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }
}
