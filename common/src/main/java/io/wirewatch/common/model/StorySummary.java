package io.wirewatch.common.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A story's current state. Value of the compacted topic {@code wirewatch.stories}, keyed by
 * {@link #storyId()}: the latest record per key is the story as it stands.
 *
 * @param headline       the title of the article that broke the story
 * @param firstSeen      record time of its first article
 * @param lastUpdate     record time of its latest article or copy
 * @param articleCount   accepted (non-duplicate) articles, updates of an article not counted again
 * @param duplicateCount exact and near copies of its articles seen on {@code wirewatch.duplicates}
 * @param outletCount    distinct outlets that carried it, copies included
 * @param outlets        some of those outlets (bounded), in the order first seen
 * @param topEntities    the most salient entities over its articles (salience averaged per article)
 * @param topics         IPTC Media Topics over its articles (score averaged per article)
 * @param timeline       NEW_STORY then each DEVELOPMENT, oldest first (bounded: the first and the latest kept)
 * @param mergedInto     null, or the story this one was merged into when a later article showed both were the
 *                       same event: its articles keep their story id, and the other story carries on
 */
public record StorySummary(String storyId, String headline, Instant firstSeen, Instant lastUpdate,
                           int articleCount, int duplicateCount, int outletCount, List<String> outlets,
                           List<Entity> topEntities, List<TopicTag> topics, List<Development> timeline,
                           String mergedInto) {
    public StorySummary {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        if (storyId.isBlank()) throw new IllegalArgumentException("storyId is blank");
        if (articleCount < 1) throw new IllegalArgumentException("a story has at least one article");
        if (duplicateCount < 0 || outletCount < 0) throw new IllegalArgumentException("negative count");
        headline = headline == null ? "" : headline;
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        topEntities = topEntities == null ? List.of() : List.copyOf(topEntities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /**
     * One step of a story: its first article or a development.
     *
     * @param type     NEW_STORY or DEVELOPMENT
     * @param whatsNew the sentences, taken from the article, that carried the news
     */
    public record Development(Instant time, AlertType type, String articleId, int revision, String title,
                              String source, List<String> whatsNew) {
        public Development {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(articleId, "articleId");
            title = title == null ? "" : title;
            source = source == null ? "" : source;
            whatsNew = whatsNew == null ? List.of() : List.copyOf(whatsNew);
        }
    }
}
