package io.wirewatch.sink.delivery;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * POSTs an alert to a subscription's webhook: signed body ({@link WebhookPayload}), {@code Idempotency-Key:
 * <alertId>}, a per-request timeout, and retries with exponential backoff on connection errors, timeouts,
 * 408, 429 (honouring Retry-After up to the backoff cap) and 5xx. Other 4xx answers are not retried: the
 * receiver has refused the alert and asking again will not change its mind. The caller dead-letters
 * whatever is not delivered.
 */
public final class WebhookDelivery {
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    /** How to wait between attempts; tests record the waits instead of sleeping through them. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final Sleeper sleeper;

    public WebhookDelivery(DeliveryConfig config) {
        this(config, d -> Thread.sleep(d.toMillis()));
    }

    public WebhookDelivery(DeliveryConfig config, Sleeper sleeper) {
        this.timeout = config.webhookTimeout();
        this.maxAttempts = config.maxAttempts();
        this.initialBackoff = config.initialBackoff();
        this.maxBackoff = config.maxBackoff();
        this.multiplier = config.backoffMultiplier();
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would re-send a signed body elsewhere
                .build();
    }

    /** Delivers with retries; never throws for receiver problems, only reports them. */
    public DeliveryOutcome deliver(Subscription s, Alert alert) throws InterruptedException {
        byte[] body = WebhookPayload.body(alert);
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.webhookUrl()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "wirewatch-webhook/1")
                .header(WebhookPayload.SIGNATURE_HEADER, WebhookPayload.signature(s.webhookSecret(), body))
                .header(WebhookPayload.IDEMPOTENCY_HEADER, alert.alertId())
                .header(WebhookPayload.SUBSCRIPTION_HEADER, s.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        Duration wait = initialBackoff;
        String problem = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                int code = r.statusCode();
                if (code >= 200 && code < 300) {
                    log.debug("Webhook of '{}' accepted alert {} (HTTP {}, attempt {})", s.id(), alert.alertId(), code, attempt);
                    return DeliveryOutcome.ok(attempt);
                }
                problem = "HTTP " + code;
                boolean retryable = code >= 500 || code == 408 || code == 429;
                if (!retryable) {
                    return DeliveryOutcome.failed(attempt, "webhook " + s.webhookUrl() + " refused the alert with "
                            + problem + " (not retried: a 4xx answer will not change)");
                }
                retryAfter = retryAfter(r).orElse(null);
            } catch (HttpTimeoutException e) {
                problem = "no answer within " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                problem = "cannot reach it: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            if (attempt < maxAttempts) {
                Duration d = retryAfter != null ? min(retryAfter, maxBackoff) : jitter(min(wait, maxBackoff));
                log.info("Webhook of '{}' failed for alert {} (attempt {}/{}: {}); retrying in {} ms", s.id(),
                        alert.alertId(), attempt, maxAttempts, problem, d.toMillis());
                sleeper.sleep(d);
                wait = Duration.ofMillis((long) Math.min(maxBackoff.toMillis(), wait.toMillis() * multiplier));
            }
        }
        return DeliveryOutcome.failed(maxAttempts, "webhook " + s.webhookUrl() + " failed " + maxAttempts
                + " attempts; last: " + problem);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: fall back to our own backoff
            }
        });
    }

    /** Up to 20% less, so receivers that failed together are not retried together. */
    private static Duration jitter(Duration d) {
        long ms = d.toMillis();
        return ms <= 1 ? d : Duration.ofMillis(ms - ThreadLocalRandom.current().nextLong(ms / 5 + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
