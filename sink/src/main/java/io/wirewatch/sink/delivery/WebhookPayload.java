package io.wirewatch.sink.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.serde.JsonSerde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The body of a webhook call and its signature. The body is {@code {"text": ..., "alert": {...}}}: Slack
 * (and Mattermost, Teams' Slack-compatible hooks) display {@code text}; other receivers read {@code alert}.
 * The signature header is {@code sha256=<hex HMAC-SHA256 of the exact body bytes>} keyed with the
 * subscription's secret, so a receiver can check the body came from this Wirewatch and was not altered.
 */
public final class WebhookPayload {
    public static final String SIGNATURE_HEADER = "X-Wirewatch-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String SUBSCRIPTION_HEADER = "X-Wirewatch-Subscription";

    private WebhookPayload() {
    }

    public static byte[] body(Alert alert) {
        ObjectNode root = JsonSerde.MAPPER.createObjectNode();
        root.put("text", summary(alert));
        root.set("alert", JsonSerde.MAPPER.valueToTree(alert));
        try {
            return JsonSerde.MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Slack mrkdwn message: kind, linked title, source, then the new sentences as a quote. */
    static String summary(Alert alert) {
        StringBuilder sb = new StringBuilder();
        sb.append(alert.type() == AlertType.NEW_STORY ? "*New story*" : "*Development*");
        if (alert.subscriptionId() != null) sb.append(" [").append(escape(alert.subscriptionId())).append(']');
        sb.append(": ");
        String title = alert.title().isBlank() ? "(untitled)" : escape(alert.title());
        if (alert.url() != null && !alert.url().isBlank()) {
            // '<', '>' and '|' would end Slack's <url|label> early; percent-encoding keeps the URL equivalent.
            String url = alert.url().replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
            sb.append('<').append(url).append('|').append(title).append('>');
        } else {
            sb.append(title);
        }
        if (!alert.source().isBlank()) sb.append(" (").append(escape(alert.source())).append(')');
        for (String s : alert.whatsNew()) sb.append("\n> ").append(escape(s));
        return sb.toString();
    }

    /** Slack's three control characters. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code sha256=<hex>} of HMAC-SHA256(secret, body). */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
