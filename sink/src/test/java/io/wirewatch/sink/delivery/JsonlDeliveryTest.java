package io.wirewatch.sink.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlDeliveryTest {
    @TempDir
    Path dir;

    static Subscription sub(String id, String path) {
        return new Subscription(id, "strike", null, null, null, path, Instant.EPOCH);
    }

    List<String> ids(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(l -> {
            try {
                JsonNode n = JsonSerde.MAPPER.readTree(l);
                return n.path("alertId").asText();
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void writesEachAlertOnceEvenAfterReopening() throws Exception {
        Subscription s = sub("dockers", null);
        try (JsonlDelivery d = new JsonlDelivery(dir)) {
            assertThat(d.deliver(s, WebhookDeliveryTest.alert("a1"))).isTrue();
            assertThat(d.deliver(s, WebhookDeliveryTest.alert("a2"))).isTrue();
            assertThat(d.deliver(s, WebhookDeliveryTest.alert("a1"))).isFalse();
        }
        try (JsonlDelivery d = new JsonlDelivery(dir)) {
            assertThat(d.deliver(s, WebhookDeliveryTest.alert("a2"))).isFalse();
            assertThat(d.deliver(s, WebhookDeliveryTest.alert("a3"))).isTrue();
        }
        assertThat(ids(dir.resolve("dockers.jsonl"))).containsExactly("a1", "a2", "a3");
    }

    @Test
    void halfWrittenLastLineFromACrashIsCutAndRewritten() throws Exception {
        Path file = dir.resolve("own/alerts.jsonl");
        Subscription s = sub("dockers", file.toString());
        try (JsonlDelivery d = new JsonlDelivery(dir)) {
            d.deliver(s, WebhookDeliveryTest.alert("a1"));
        }
        Files.writeString(file, "{\"alertId\":\"a2\",\"type\":\"NEW_ST", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JsonlDelivery d = new JsonlDelivery(dir)) {
            assertThat(d.deliver(s, WebhookDeliveryTest.alert("a2"))).isTrue();
        }
        assertThat(ids(file)).containsExactly("a1", "a2");
    }

    @Test
    void subscriptionsWithoutOwnFileGetOneFileEach() throws Exception {
        try (JsonlDelivery d = new JsonlDelivery(dir)) {
            d.deliver(sub("a", null), WebhookDeliveryTest.alert("x"));
            d.deliver(sub("b", null), WebhookDeliveryTest.alert("x"));
        }
        assertThat(ids(dir.resolve("a.jsonl"))).containsExactly("x");
        assertThat(ids(dir.resolve("b.jsonl"))).containsExactly("x");
    }
}
