package io.wirewatch.sink;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlAlertFileTest {
    @TempDir
    Path dir;

    static Alert alert(String id) {
        return new Alert(id, AlertType.NEW_STORY, "s", "a-" + id, null, "Title " + id, "Wire", null,
                List.of(), List.of(), List.of("Something happened."), Instant.EPOCH, null);
    }

    @Test
    void neverWritesTheSameAlertTwiceEvenAfterReopening() throws Exception {
        Path file = dir.resolve("out").resolve("alerts.jsonl");
        try (JsonlAlertFile f = new JsonlAlertFile(file)) {
            assertThat(f.append(alert("1"))).isTrue();
            assertThat(f.append(alert("2"))).isTrue();
            assertThat(f.append(alert("1"))).isFalse();
            f.sync();
        }
        try (JsonlAlertFile reopened = new JsonlAlertFile(file)) {
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.append(alert("2"))).isFalse();
            assertThat(reopened.append(alert("3"))).isTrue();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("\"alertId\":\"3\"");
    }

    @Test
    void aLineCutByACrashIsDroppedAndTheAlertWrittenAgainWhole() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, WirewatchSerdes.ALERT.toJson(alert("0")) + "\n{\"alertId\":\"1\",\"type\":\"NEW_ST",
                StandardCharsets.UTF_8);
        try (JsonlAlertFile f = new JsonlAlertFile(file)) {
            assertThat(f.append(alert("1"))).isTrue();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("{").endsWith("}").contains("\"alertId\":\"1\"");
    }

    @Test
    void humanLineShowsTypeTitleSourceAndNews() {
        String line = AlertSink.humanLine(alert("9"));
        assertThat(line).startsWith("NEW STORY").contains("Title 9", "[Wire]", "\n", "Something happened.");
    }

    /** A text without a title header: its whole first paragraph is the title. */
    static final String PARAGRAPH = "The commerce department ordered the company to stop exporting its models to three"
            + " countries on Tuesday, citing national security. The order, which takes effect next month, follows a"
            + " review that began last year after lawmakers raised concerns about the spread of advanced systems."
            + " The company said it would comply while it appeals the decision in court.";

    static Alert alertTitled(AlertType type, String title, String news) {
        return new Alert("x", type, "s", "a", null, title, "Wire", null, List.of(), List.of(), List.of(news),
                Instant.EPOCH, null);
    }

    @Test
    void humanLineCutsALongTitleOnAWordBoundary() {
        String firstLine = AlertSink.humanLine(alertTitled(AlertType.DEVELOPMENT, PARAGRAPH, "Shares fell 4%.")).lines()
                .findFirst().orElseThrow();
        String title = firstLine.substring("DEVELOPMENT  ".length(), firstLine.indexOf("  [Wire]"));

        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(AlertSink.TITLE_MAX + 1);
        String kept = title.substring(0, title.length() - 1);
        assertThat(PARAGRAPH).as("cut after a whole word").startsWith(kept + " ");
        assertThat(firstLine).endsWith("[Wire]");
    }

    @Test
    void humanLineSkipsNewsThatOnlyRepeatsTheTitle() {
        String firstSentence = PARAGRAPH.substring(0, PARAGRAPH.indexOf('.') + 1);

        assertThat(AlertSink.humanLine(alertTitled(AlertType.NEW_STORY, PARAGRAPH, firstSentence))).doesNotContain("\n");
        assertThat(AlertSink.humanLine(alertTitled(AlertType.NEW_STORY, "Export order", "Export order"))).doesNotContain("\n");
        assertThat(AlertSink.humanLine(alertTitled(AlertType.NEW_STORY, "Export order", "Export order for three countries")))
                .doesNotContain("\n");
    }

    @Test
    void humanLineShowsTheFirstNewSentenceTheTitleDoesNotSay() {
        String firstSentence = PARAGRAPH.substring(0, PARAGRAPH.indexOf('.') + 1);
        Alert a = new Alert("x", AlertType.DEVELOPMENT, "s", "a", null, PARAGRAPH, "Wire", null, List.of(), List.of(),
                List.of(firstSentence, "The Journal reported the order followed a warning by a rival."), Instant.EPOCH, null);

        assertThat(AlertSink.humanLine(a)).endsWith("\n             The Journal reported the order followed a warning by a rival.");
    }

    @Test
    void humanLineCutsLongNewsOnAWordBoundary() {
        String line = AlertSink.humanLine(alertTitled(AlertType.DEVELOPMENT, "Export order", PARAGRAPH));
        String news = line.substring(line.indexOf('\n') + 1).strip();

        assertThat(news).endsWith("…").hasSizeLessThanOrEqualTo(AlertSink.NEWS_MAX + 1);
        assertThat(PARAGRAPH).startsWith(news.substring(0, news.length() - 1) + " ");
    }

    @Test
    void shortenLeavesShortTextAloneAndCutsAVeryLongWordInside() {
        assertThat(AlertSink.shorten("Short title", 100)).isEqualTo("Short title");
        assertThat(AlertSink.shorten("x".repeat(300), 100)).hasSize(100).endsWith("…");
    }
}
