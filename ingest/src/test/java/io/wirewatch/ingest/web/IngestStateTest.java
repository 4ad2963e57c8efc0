package io.wirewatch.ingest.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IngestStateTest {
    @TempDir
    Path dir;

    @Test
    void survivesReopenAndForgetsWhatWasNotSeenForLong() throws Exception {
        Instant now = Instant.now();
        try (IngestState s = IngestState.open(dir)) {
            s.putValidators("https://a.example/feed", new Validators("\"e1\"", null));
            s.putSource("https://a.example/feed", new IngestState.SourceState(now, 60_000, 0));
            s.putArticle("url:https://a.example/1", new IngestState.ArticleMark("id1", "h1", now, now));
            s.putAlias("guid:1", "url:https://a.example/1");
            s.putArticle("url:https://a.example/old", new IngestState.ArticleMark("id0", "h0", now, now.minus(Duration.ofDays(200))));
            s.putAlias("guid:0", "url:https://a.example/old");
        }
        try (IngestState s = IngestState.open(dir)) {
            assertThat(s.validators("https://a.example/feed").etag()).isEqualTo("\"e1\"");
            assertThat(s.source("https://a.example/feed").intervalMs()).isEqualTo(60_000);
            assertThat(s.alias("guid:1")).isEqualTo("url:https://a.example/1");
            s.prune(now.minus(Duration.ofDays(90)));
            assertThat(s.article("url:https://a.example/old")).isNull();
            assertThat(s.alias("guid:0")).isNull();
            assertThat(s.article("url:https://a.example/1").id()).isEqualTo("id1");
        }
        assertThat(Files.exists(dir.resolve("state.json.tmp"))).isFalse();
    }

    @Test
    void setsACorruptFileAsideInsteadOfFailing() throws Exception {
        Files.writeString(dir.resolve("state.json"), "{\"version\":1, \"articles\": {trunc");
        try (IngestState s = IngestState.open(dir)) {
            assertThat(s.articleCount()).isZero();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("state.json.corrupt-"));
        }
    }
}
