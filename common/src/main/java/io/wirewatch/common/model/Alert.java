package io.wirewatch.common.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a reader is told. Value of {@code wirewatch.alerts} (and of {@code wirewatch.alerts.<subscription>}),
 * keyed by {@link #storyId()} so a story's alerts stay in order.
 *
 * @param alertId        stable id derived from the article and alert type: the idempotency key for delivery
 * @param whatsNew       the 1-3 sentences, taken from the article, that carry the news
 * @param createdAt      when the topology raised it
 * @param subscriptionId the subscription it matched, on per-subscription topics; null on {@code wirewatch.alerts}
 */
public record Alert(String alertId, AlertType type, String storyId, String articleId, String url, String title,
                    String source, Instant publishedAt, List<Entity> entities, List<TopicTag> topics,
                    List<String> whatsNew, Instant createdAt, String subscriptionId) {
    public Alert {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(articleId, "articleId");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        whatsNew = whatsNew == null ? List.of() : List.copyOf(whatsNew);
    }

    public Alert forSubscription(String id) {
        return new Alert(alertId, type, storyId, articleId, url, title, source, publishedAt, entities, topics,
                whatsNew, createdAt, id);
    }
}
