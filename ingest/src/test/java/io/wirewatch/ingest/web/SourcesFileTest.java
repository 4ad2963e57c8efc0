package io.wirewatch.ingest.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTypesIntervalsAndNames() throws Exception {
        Path f = dir.resolve("sources.txt");
        Files.writeString(f, """
                # Wirewatch sources
                feed    https://www.example.com/rss.xml      10m  Example News   # the main feed
                sitemap https://www.example.com/news.xml     2h
                page    https://www.example.com/live         Example live blog

                FEED https://feeds.example.org/world.atom
                """);
        List<Source> s = SourcesFile.read(f);
        assertThat(s).hasSize(4);
        assertThat(s.get(0)).isEqualTo(new Source(Source.Type.FEED, "https://www.example.com/rss.xml",
                Duration.ofMinutes(10), "Example News"));
        assertThat(s.get(1).type()).isEqualTo(Source.Type.SITEMAP);
        assertThat(s.get(1).interval()).isEqualTo(Duration.ofHours(2));
        assertThat(s.get(1).name()).isEqualTo("www.example.com");
        assertThat(s.get(2).interval()).isNull();
        assertThat(s.get(2).name()).isEqualTo("Example live blog");
        assertThat(s.get(3).name()).isEqualTo("feeds.example.org");
    }

    @Test
    void namesTheLineOfAMistake() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "feed https://ok.example.com/rss\nrss https://typo.example.com/feed\n");
        assertThatThrownBy(() -> SourcesFile.read(f)).hasMessageContaining("bad.txt:2").hasMessageContaining("'rss'");
        Files.writeString(f, "feed ftp://files.example.com/feed\n");
        assertThatThrownBy(() -> SourcesFile.read(f)).hasMessageContaining("bad.txt:1").hasMessageContaining("http");
    }
}
