package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;

import java.util.Objects;

/**
 * What the assignment task sends to the story's partition (repartition topic
 * {@code <app>-story-by-id-repartition}, keyed by story id): an article with the decision about it, or
 * a copy of an article of the story. Exactly one of article and duplicate is set.
 */
public record StoryAssigned(String storyId, Article article, Duplicate duplicate, boolean newStory, boolean update,
                            double similarity) {
    public StoryAssigned {
        Objects.requireNonNull(storyId, "storyId");
        if ((article == null) == (duplicate == null)) {
            throw new IllegalArgumentException("a story assignment carries an article or a duplicate");
        }
    }

    public static StoryAssigned of(Article a, StoryAssigner.Assignment decision) {
        return new StoryAssigned(decision.storyId(), a, null, decision.newStory(), decision.update(), decision.similarity());
    }

    public static StoryAssigned of(Duplicate d, String storyId) {
        return new StoryAssigned(storyId, null, d, false, false, 0);
    }

    public StoryAssigner.Assignment decision() {
        return new StoryAssigner.Assignment(storyId, newStory, update, similarity);
    }
}
