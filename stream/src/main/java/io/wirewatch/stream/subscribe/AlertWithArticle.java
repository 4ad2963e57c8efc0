package io.wirewatch.stream.subscribe;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.query.Matchable;

import java.util.Objects;

/**
 * An alert with the article that raised it, so subscriptions can match the body and language, which
 * the alert does not carry. Lives inside the topology only (no topic); {@code article} may be null, and
 * then the alert's "what's new" sentences stand in for the body.
 */
public record AlertWithArticle(Alert alert, Article article) {
    public AlertWithArticle {
        Objects.requireNonNull(alert, "alert");
    }

    public Matchable matchable() {
        return article == null ? Matchable.of(alert) : Matchable.of(alert, article.body(), article.language());
    }
}
