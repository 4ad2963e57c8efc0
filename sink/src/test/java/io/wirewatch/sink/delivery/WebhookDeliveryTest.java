package io.wirewatch.sink.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookDeliveryTest {
    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    static final String SECRET = "0f3c9a-test-secret";

    LoopbackReceiver receiver;
    final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        if (receiver != null) receiver.close();
    }

    static Alert alert(String id) {
        return new Alert(id, AlertType.NEW_STORY, "story-" + id, "article-" + id, "https://example.com/a?x=1&y=<2>",
                "Unite calls 48-hour strike at Felixstowe <port>", "Reuters", T,
                List.of(new Entity("Unite", "ORGANIZATION")), List.of(),
                List.of("Members of the Unite union voted to walk out on Monday."), T, "dockers");
    }

    WebhookDelivery delivery(int attempts, long timeoutMs) {
        DeliveryConfig c = new DeliveryConfig(Map.of(DeliveryConfig.WEBHOOK_MAX_ATTEMPTS, attempts,
                DeliveryConfig.WEBHOOK_TIMEOUT_MS, timeoutMs, DeliveryConfig.WEBHOOK_BACKOFF_INITIAL_MS, 100,
                DeliveryConfig.WEBHOOK_BACKOFF_MAX_MS, 350));
        return new WebhookDelivery(c, waits::add);
    }

    Subscription sub() {
        return new Subscription("dockers", "strike", null, receiver.url(), SECRET, null, T);
    }

    static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void signsBodyAndSendsIdempotencyKeyAndSlackText() throws Exception {
        receiver = new LoopbackReceiver(n -> 200);
        DeliveryOutcome out = delivery(3, 2_000).deliver(sub(), alert("al-1"));

        assertThat(out).isEqualTo(DeliveryOutcome.ok(1));
        LoopbackReceiver.Received r = receiver.requests.get(0);
        assertThat(r.header("X-Wirewatch-Signature")).isEqualTo(hmac(r.body()));
        assertThat(r.header("Idempotency-Key")).isEqualTo("al-1");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode json = JsonSerde.MAPPER.readTree(r.body());
        assertThat(json.path("alert").path("alertId").asText()).isEqualTo("al-1");
        assertThat(json.path("alert").path("subscriptionId").asText()).isEqualTo("dockers");
        assertThat(json.path("text").asText())
                .startsWith("*New story* [dockers]: <https://example.com/a?x=1&y=%3C2%3E|Unite calls");
        assertThat(json.path("text").asText()).contains("Felixstowe &lt;port&gt;").contains("\n> Members of the Unite union");
    }

    @Test
    void signatureChangesWhenBodyIsTampered() throws Exception {
        receiver = new LoopbackReceiver(n -> 200);
        delivery(1, 2_000).deliver(sub(), alert("al-1"));
        byte[] body = receiver.requests.get(0).body();
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Felixstowe", "Southampton")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(receiver.requests.get(0).header("X-Wirewatch-Signature")).isNotEqualTo(hmac(tampered));
    }

    @Test
    void retriesServerErrorsWithExponentialBackoffThenSucceeds() throws Exception {
        receiver = new LoopbackReceiver(n -> n <= 3 ? 500 : 200);
        DeliveryOutcome out = delivery(5, 2_000).deliver(sub(), alert("al-2"));

        assertThat(out).isEqualTo(DeliveryOutcome.ok(4));
        assertThat(receiver.requests).hasSize(4);
        assertThat(receiver.requests).extracting(r -> r.header("Idempotency-Key")).containsOnly("al-2");
        // 100, 200, then capped at 350, each minus up to 20% jitter
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0).toMillis()).isBetween(80L, 100L);
        assertThat(waits.get(1).toMillis()).isBetween(160L, 200L);
        assertThat(waits.get(2).toMillis()).isBetween(280L, 350L);
    }

    @Test
    void slowReceiverTimesOutAndIsRetried() throws Exception {
        receiver = new LoopbackReceiver(n -> n == 1 ? LoopbackReceiver.SLOW : 200);
        receiver.slowMillis = 3_000;
        DeliveryOutcome out = delivery(3, 1_000).deliver(sub(), alert("al-3"));

        assertThat(out.delivered()).isTrue();
        assertThat(out.attempts()).isEqualTo(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void receiverThatStaysDownExhaustsTheBudgetWithReason() throws Exception {
        receiver = new LoopbackReceiver(n -> 503);
        DeliveryOutcome out = delivery(4, 2_000).deliver(sub(), alert("al-4"));

        assertThat(out.delivered()).isFalse();
        assertThat(out.attempts()).isEqualTo(4);
        assertThat(out.reason()).contains("failed 4 attempts").contains("HTTP 503");
        assertThat(receiver.requests).hasSize(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void unreachableReceiverIsReportedNotThrown() throws Exception {
        receiver = new LoopbackReceiver(n -> 200);
        Subscription s = sub();
        receiver.close();
        DeliveryOutcome out = delivery(2, 1_000).deliver(s, alert("al-5"));
        assertThat(out.delivered()).isFalse();
        assertThat(out.attempts()).isEqualTo(2);
        assertThat(out.reason()).contains("last:");
    }

    @Test
    void clientErrorIsNotRetried() throws Exception {
        receiver = new LoopbackReceiver(n -> 410);
        DeliveryOutcome out = delivery(5, 2_000).deliver(sub(), alert("al-6"));
        assertThat(out.delivered()).isFalse();
        assertThat(out.attempts()).isEqualTo(1);
        assertThat(out.reason()).contains("HTTP 410");
        assertThat(waits).isEmpty();
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() throws Exception {
        receiver = new LoopbackReceiver(n -> n == 1 ? 429 : 200);
        DeliveryOutcome out = delivery(3, 2_000).deliver(sub(), alert("al-7"));
        assertThat(out).isEqualTo(DeliveryOutcome.ok(2));
        assertThat(waits).containsExactly(Duration.ZERO);
    }

    @Test
    void worstCaseBudgetAddsTimeoutsAndCappedWaits() {
        DeliveryConfig c = new DeliveryConfig(Map.of(DeliveryConfig.WEBHOOK_MAX_ATTEMPTS, 4,
                DeliveryConfig.WEBHOOK_TIMEOUT_MS, 1_000, DeliveryConfig.WEBHOOK_BACKOFF_INITIAL_MS, 100,
                DeliveryConfig.WEBHOOK_BACKOFF_MAX_MS, 300));
        assertThat(c.worstCasePerAlert()).isEqualTo(Duration.ofMillis(4_000 + 100 + 200 + 300));
    }
}
