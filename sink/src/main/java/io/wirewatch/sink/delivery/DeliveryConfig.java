package io.wirewatch.sink.delivery;

import io.wirewatch.common.CommonConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Settings of subscription delivery (on top of {@link CommonConfig}). */
public class DeliveryConfig extends CommonConfig {
    public static final String WEBHOOK_TIMEOUT_MS = "delivery.webhook.timeout.ms";
    public static final String WEBHOOK_MAX_ATTEMPTS = "delivery.webhook.max.attempts";
    public static final String WEBHOOK_BACKOFF_INITIAL_MS = "delivery.webhook.backoff.initial.ms";
    public static final String WEBHOOK_BACKOFF_MAX_MS = "delivery.webhook.backoff.max.ms";
    public static final String WEBHOOK_BACKOFF_MULTIPLIER = "delivery.webhook.backoff.multiplier";
    public static final String JSONL_DIR = "delivery.jsonl.dir";
    public static final String GROUP_ID = "delivery.group.id";
    public static final String POLL_TIMEOUT_MS = "delivery.poll.timeout.ms";
    public static final String TOPIC_REFRESH_MS = "delivery.topic.refresh.ms";
    public static final String MAX_POLL_RECORDS = "delivery.max.poll.records";

    public static final ConfigDef CONFIG = CommonConfig.define(new ConfigDef())
            .define(WEBHOOK_TIMEOUT_MS, Type.LONG, 10_000L, Range.between(100, 300_000), Importance.MEDIUM,
                    "Time allowed for one webhook request, connection included (ms).")
            .define(WEBHOOK_MAX_ATTEMPTS, Type.INT, 5, Range.between(1, 50), Importance.MEDIUM,
                    "Webhook attempts per alert before it goes to wirewatch.deadletter.delivery.")
            .define(WEBHOOK_BACKOFF_INITIAL_MS, Type.LONG, 500L, Range.between(0, 600_000), Importance.LOW,
                    "Wait before the second attempt (ms); each further wait is multiplied by the multiplier.")
            .define(WEBHOOK_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.between(0, 600_000), Importance.LOW,
                    "Longest wait between two attempts (ms), also the cap on a receiver's Retry-After.")
            .define(WEBHOOK_BACKOFF_MULTIPLIER, Type.DOUBLE, 2.0, Range.between(1.0, 10.0), Importance.LOW,
                    "Growth factor of the wait between attempts.")
            .define(JSONL_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Directory of the per-subscription JSONL files (<id>.jsonl) of subscriptions without their own"
                            + " file. Empty: <data.dir>/subscriptions.")
            .define(GROUP_ID, Type.STRING, "", Importance.LOW,
                    "Consumer group of the delivery service. Empty: <application.id>-delivery.")
            .define(POLL_TIMEOUT_MS, Type.LONG, 500L, Range.between(10, 60_000), Importance.LOW,
                    "Longest wait for new alerts in one poll (ms); also how quickly a stop request is noticed.")
            .define(TOPIC_REFRESH_MS, Type.LONG, 5_000L, Range.between(100, 600_000), Importance.LOW,
                    "How often new wirewatch.alerts.<id> topics are discovered (consumer metadata.max.age.ms).")
            .define(MAX_POLL_RECORDS, Type.INT, 20, Range.between(1, 10_000), Importance.LOW,
                    "Alerts fetched per poll. Small, because each may wait out a full webhook retry budget.");

    public DeliveryConfig(Map<?, ?> props) {
        super(CONFIG, props);
    }

    public Duration webhookTimeout() {
        return Duration.ofMillis(getLong(WEBHOOK_TIMEOUT_MS));
    }

    public int maxAttempts() {
        return getInt(WEBHOOK_MAX_ATTEMPTS);
    }

    public Duration initialBackoff() {
        return Duration.ofMillis(getLong(WEBHOOK_BACKOFF_INITIAL_MS));
    }

    public Duration maxBackoff() {
        return Duration.ofMillis(getLong(WEBHOOK_BACKOFF_MAX_MS));
    }

    public double backoffMultiplier() {
        return getDouble(WEBHOOK_BACKOFF_MULTIPLIER);
    }

    public Path jsonlDir() {
        String d = getString(JSONL_DIR);
        return d.isBlank() ? dataDir().resolve("subscriptions") : Path.of(d);
    }

    public String groupId() {
        String g = getString(GROUP_ID);
        return g.isBlank() ? applicationId() + "-delivery" : g;
    }

    public Duration pollTimeout() {
        return Duration.ofMillis(getLong(POLL_TIMEOUT_MS));
    }

    public long topicRefreshMs() {
        return getLong(TOPIC_REFRESH_MS);
    }

    public int maxPollRecords() {
        return getInt(MAX_POLL_RECORDS);
    }

    /**
     * Worst case time one alert can take: every attempt timing out plus every wait. The consumer's
     * max.poll.interval.ms must exceed a whole poll's worth of these or the group would evict it mid-batch.
     */
    public Duration worstCasePerAlert() {
        long total = 0;
        long wait = initialBackoff().toMillis();
        for (int i = 0; i < maxAttempts(); i++) {
            total += webhookTimeout().toMillis();
            if (i + 1 < maxAttempts()) {
                total += Math.min(wait, maxBackoff().toMillis());
                wait = (long) Math.min(Long.MAX_VALUE / 4, wait * backoffMultiplier());
            }
        }
        return Duration.ofMillis(total);
    }
}
