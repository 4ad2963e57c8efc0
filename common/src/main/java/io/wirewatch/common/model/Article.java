package io.wirewatch.common.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An accepted (not duplicate) article, normalised and enriched. Value of {@code wirewatch.articles},
 * keyed by {@link #articleId()}.
 *
 * @param articleId   stable id (hash of the canonical URL, or of the normalised body when there is no URL)
 * @param input       where it came from (see {@link RawArticle#input()})
 * @param fingerprint SHA-256 (hex) of the normalised, case-folded body: equal for exact copies
 * @param revision    1 for the first version; higher when the same URL was republished with other content
 * @param entities    named entities (empty until tagging runs)
 * @param topics      IPTC Media Topics (empty until tagging runs)
 * @param storyId     the story this article belongs to (null until clustering runs)
 */
public record Article(String articleId, String input, String source, String url, String canonicalUrl,
                      Instant fetchedAt, Instant publishedAt, Instant modifiedAt,
                      String title, String body, String byline, String language, String siteName,
                      String fingerprint, int revision,
                      List<Entity> entities, List<TopicTag> topics, String storyId) {
    public Article {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (articleId.isBlank()) throw new IllegalArgumentException("articleId is blank");
        if (body.isBlank()) throw new IllegalArgumentException("body is blank");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        if (revision < 1) revision = 1;
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public Article withEntitiesAndTopics(List<Entity> newEntities, List<TopicTag> newTopics) {
        return new Article(articleId, input, source, url, canonicalUrl, fetchedAt, publishedAt, modifiedAt,
                title, body, byline, language, siteName, fingerprint, revision, newEntities, newTopics, storyId);
    }

    public Article withStoryId(String newStoryId) {
        return new Article(articleId, input, source, url, canonicalUrl, fetchedAt, publishedAt, modifiedAt,
                title, body, byline, language, siteName, fingerprint, revision, entities, topics, newStoryId);
    }
}
