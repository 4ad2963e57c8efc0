package io.wirewatch.common.query;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.TopicTag;

import java.util.List;

/**
 * What a query is matched against: an alert's title, entities, topics and source plus the article's
 * body and language, which the {@link Alert} record does not carry. Built by the stream stage from the
 * alert and its article.
 */
public record Matchable(String title, String body, List<Entity> entities, List<TopicTag> topics, String source,
                        String language) {
    public Matchable {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        source = source == null ? "" : source;
        language = language == null ? "" : language;
    }

    /** The alert with the article's body and language. */
    public static Matchable of(Alert alert, String body, String language) {
        return new Matchable(alert.title(), body, alert.entities(), alert.topics(), alert.source(), language);
    }

    /** The alert alone, when no article is at hand: its "what's new" sentences stand in for the body. */
    public static Matchable of(Alert alert) {
        return of(alert, String.join("\n", alert.whatsNew()), null);
    }
}
