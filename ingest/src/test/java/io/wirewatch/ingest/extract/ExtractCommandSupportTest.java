package io.wirewatch.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractCommandSupportTest {

    @Test
    void writesOneObjectKeyedByFileNameForHtmlGzAndDirectories(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("pages"));
        Files.write(sub.resolve("harbour.html"), Fixtures.bytes("/extraction/fixtures/newsarticle-authors-utm.html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("cafe.html.gz")))) {
            out.write(Fixtures.bytes("/extraction/fixtures/latin1-no-charset.html"));
        }
        Files.writeString(sub.resolve("notes.txt"), "not a page");
        Path single = dir.resolve("yoast.html.gz");
        Files.write(single, gzip(Fixtures.bytes(
                "/extraction/html/0e014df693f182824fe5e24030ddbe1d0b96ddb9685cf20d5766457ed32ffa2d.html.gz")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = ExtractCommandSupport.extractToJson(List.of(sub, single), out);

        assertThat(n).isEqualTo(3);
        JsonNode json = JsonSerde.MAPPER.readTree(out.toByteArray());
        assertThat(json.fieldNames()).toIterable().containsExactly("cafe", "harbour", "yoast");
        JsonNode harbour = json.get("harbour");
        assertThat(harbour.get("title").asText()).isEqualTo("Harbour bridge reopens after six weeks of repairs");
        assertThat(harbour.get("published").asText()).isEqualTo("2019-11-20T06:15:00Z");
        assertThat(harbour.get("modified").asText()).isEqualTo("2019-11-20T17:40:00Z");
        assertThat(harbour.get("byline").asText()).isEqualTo("Priya Raman, Tom O'Neill");
        assertThat(harbour.get("language").asText()).isEqualTo("en");
        assertThat(harbour.get("canonicalUrl").asText()).endsWith("harbour-bridge-reopens?id=4411");
        assertThat(harbour.get("url").asText()).contains("coastal-gazette.example");
        assertThat(harbour.get("articleBody").asText()).contains("\n\nCommuters had faced");
        JsonNode cafe = json.get("cafe");
        assertThat(cafe.get("articleBody").asText()).contains("Café du Port");
        assertThat(cafe.get("url").isNull()).isTrue();
        assertThat(cafe.get("published").isNull()).isTrue();
        assertThat(cafe.get("canonicalUrl").isNull()).isTrue();
        assertThat(json.get("yoast").get("published").asText()).isEqualTo("2014-09-15T20:22:02Z");
    }

    @Test
    void missingPathIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> ExtractCommandSupport.extractToJson(List.of(dir.resolve("nope.html")),
                new ByteArrayOutputStream())).hasMessageContaining("nope.html");
    }

    @Test
    void keyDropsHtmlAndHtmlGzSuffixes() {
        assertThat(ExtractCommandSupport.key(Path.of("a/b/story-1.html.gz"))).isEqualTo("story-1");
        assertThat(ExtractCommandSupport.key(Path.of("story.v2.html"))).isEqualTo("story.v2");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(bytes);
        }
        return b.toByteArray();
    }
}
