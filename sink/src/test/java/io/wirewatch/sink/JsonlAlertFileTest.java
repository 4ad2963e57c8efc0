package io.wirewatch.sink;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
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
    void aLineCutByACrashIsWrittenAgainWhole() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, "{\"alertId\":\"1\",\"type\":\"NEW_STORY\"", StandardCharsets.UTF_8);
        try (JsonlAlertFile f = new JsonlAlertFile(file)) {
            assertThat(f.append(alert("1"))).isTrue();
        }
    }

    @Test
    void humanLineShowsTypeTitleSourceAndNews() {
        String line = AlertSink.humanLine(alert("9"));
        assertThat(line).startsWith("NEW STORY").contains("Title 9", "[Wire]", "Something happened.");
    }
}
