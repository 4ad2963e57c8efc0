package io.wirewatch.common.serde;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.TopicTag;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonSerdeTest {
    @Test
    void alertRoundTripsWithIsoTimesAndDocumentedFieldNames() {
        Alert a = new Alert("a1", AlertType.NEW_STORY, "s1", "art1", "https://x.example/1", "Title", "Wire",
                Instant.parse("2026-11-20T10:15:30Z"), List.of(new Entity("Anthropic", "ORGANIZATION")),
                List.of(new TopicTag("medtop:11000000", "politics", 0.8)), List.of("It happened."),
                Instant.parse("2026-11-20T10:16:00Z"), null);
        byte[] json = WirewatchSerdes.ALERT.serialize("t", a);
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"alertId\":\"a1\"", "\"type\":\"NEW_STORY\"", "\"publishedAt\":\"2026-11-20T10:15:30Z\"",
                "\"whatsNew\":[\"It happened.\"]", "\"code\":\"medtop:11000000\"");
        assertThat(WirewatchSerdes.ALERT.deserialize("t", json)).isEqualTo(a);
    }

    @Test
    void invalidRecordFailsWithTheValidationReason() {
        byte[] missingId = "{\"type\":\"NEW_STORY\",\"storyId\":\"s\",\"articleId\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WirewatchSerdes.ALERT.deserialize("t", missingId))
                .isInstanceOf(SerializationException.class).hasMessageContaining("alertId");
    }
}
