package io.wirewatch.stream.story;

import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.model.TopicTag;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the story store keeps per story: what clustering compares against (the term centroid) and
 * what the summary on {@code wirewatch.stories} is made of. Times are record timestamps (ms).
 *
 * @param centroid raw term weights summed over the story's articles (title and lead), trimmed to the
 *                 heaviest terms; IDF is applied at comparison time with the current document frequencies
 * @param entities entity name → entity with mentions and salience summed over articles
 * @param topics   topic code → tag with score summed over articles
 */
public record StoryProfile(String storyId, String headline, String firstArticleId, long firstSeen, long lastUpdate,
                           int articleCount, int duplicateCount, List<String> outlets,
                           Map<String, Double> centroid, Map<String, Entity> entities, Map<String, TopicTag> topics,
                           List<StorySummary.Development> timeline) {
    public StoryProfile {
        Objects.requireNonNull(storyId, "storyId");
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        centroid = centroid == null ? Map.of() : centroid;
        entities = entities == null ? Map.of() : entities;
        topics = topics == null ? Map.of() : topics;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
