package io.wirewatch.stream.story;

import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.model.TopicTag;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a story's partition keeps for it ({@value StoryDevelopProcessor#PROFILES}): what the summary on
 * {@code wirewatch.stories} is made of. Times are record timestamps (ms). What clustering compares with is
 * the assignment task's {@link StoryCentroid}.
 *
 * @param entities entity name → entity with mentions and salience summed over articles
 * @param topics   topic code → tag with score summed over articles
 * @param mergedInto null, or the story this one was merged into (see {@link StoryAssigner})
 */
public record StoryProfile(String storyId, String headline, String firstArticleId, long firstSeen, long lastUpdate,
                           int articleCount, int duplicateCount, List<String> outlets,
                           Map<String, Entity> entities, Map<String, TopicTag> topics,
                           List<StorySummary.Development> timeline, String mergedInto) {
    public StoryProfile {
        Objects.requireNonNull(storyId, "storyId");
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        entities = entities == null ? Map.of() : entities;
        topics = topics == null ? Map.of() : topics;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
