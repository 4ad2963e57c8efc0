package io.wirewatch.stream.story;

import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UciBurstFilesTest {
    @Test
    void writesOneReplayLineAndOneLabelPerHeadline(@TempDir Path dir) throws Exception {
        int n = UciBurstFiles.write(Path.of("src", "test", "resources", "story", "uci-news-stories-dev.jsonl.gz"),
                dir.resolve("uci.jsonl"), dir.resolve("uci-labels.tsv"));
        List<String> lines = Files.readAllLines(dir.resolve("uci.jsonl"));
        List<String> labels = Files.readAllLines(dir.resolve("uci-labels.tsv"));
        assertThat(n).isEqualTo(1991);
        assertThat(lines).hasSize(n);
        assertThat(labels).hasSize(n);
        var first = JsonSerde.MAPPER.readTree(lines.get(0));
        assertThat(first.path("title").asText()).isNotBlank();
        assertThat(first.path("publishedAt").asText()).startsWith("2014-");
        // the labels name each record as the replay report does, and ReplayScore reads them
        assertThat(labels.get(0)).startsWith("uci.jsonl:1\t");
        assertThat(ReplayScore.readLabels(dir.resolve("uci-labels.tsv"))).hasSize(n);
    }
}
