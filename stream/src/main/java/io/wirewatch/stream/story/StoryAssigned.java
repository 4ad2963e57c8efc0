package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;

import java.util.Objects;

/**
 * What the assignment task sends to the story's partition (repartition topic
 * {@code <app>-story-by-id-repartition}, keyed by story id): an article with the decision about it, or
 * a copy of an article of the story, or word that the story was merged into another ({@code mergeInto}).
 * Exactly one of article, duplicate and mergeInto is set.
 */
public record StoryAssigned(String storyId, Article article, Duplicate duplicate, String mergeInto, boolean newStory,
                            boolean update, double similarity) {
    public StoryAssigned {
        Objects.requireNonNull(storyId, "storyId");
        int set = (article != null ? 1 : 0) + (duplicate != null ? 1 : 0) + (mergeInto != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a story assignment carries an article, a duplicate or a merge");
        }
    }

    public static StoryAssigned of(Article a, StoryAssigner.Assignment decision) {
        return new StoryAssigned(decision.storyId(), a, null, null, decision.newStory(), decision.update(),
                decision.similarity());
    }

    public static StoryAssigned of(Duplicate d, String storyId) {
        return new StoryAssigned(storyId, null, d, null, false, false, 0);
    }

    public static StoryAssigned merge(String storyId, String into) {
        return new StoryAssigned(storyId, null, null, into, false, false, 0);
    }

    public StoryAssigner.Assignment decision() {
        return new StoryAssigner.Assignment(storyId, newStory, update, similarity, java.util.List.of());
    }
}
