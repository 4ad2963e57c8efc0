package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;

import java.util.List;
import java.util.Objects;

/**
 * What the story's develop task reads, keyed by story id: from the assignment task (repartition topic
 * {@code <app>-story-by-id-repartition}) an article with the decision about it, or a copy of an article of
 * the story, or word that the story was merged into another ({@code mergeInto}); from the develop task of a
 * merged story (topic {@code <app>-story-handoff}) what that story hands over ({@code handoff}).
 * Exactly one of article, duplicate, mergeInto and handoff is set.
 *
 * @param merged for an article: the stories it merged into this one, whose handoffs the develop task
 *               absorbs before it develops the article (empty otherwise)
 */
public record StoryAssigned(String storyId, Article article, Duplicate duplicate, String mergeInto,
                            StoryHandoff handoff, List<String> merged, boolean newStory, boolean update,
                            double similarity) {
    public StoryAssigned {
        Objects.requireNonNull(storyId, "storyId");
        int set = (article != null ? 1 : 0) + (duplicate != null ? 1 : 0) + (mergeInto != null ? 1 : 0)
                + (handoff != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a story assignment carries an article, a duplicate, a merge or a handoff");
        }
        merged = merged == null ? List.of() : List.copyOf(merged);
        if (!merged.isEmpty() && article == null) {
            throw new IllegalArgumentException("only an article merges stories");
        }
        if (handoff != null && !handoff.into().equals(storyId)) {
            throw new IllegalArgumentException("handoff into " + handoff.into() + " keyed as " + storyId);
        }
    }

    public static StoryAssigned of(Article a, StoryAssigner.Assignment decision) {
        return new StoryAssigned(decision.storyId(), a, null, null, null, decision.merged(), decision.newStory(),
                decision.update(), decision.similarity());
    }

    public static StoryAssigned of(Duplicate d, String storyId) {
        return new StoryAssigned(storyId, null, d, null, null, List.of(), false, false, 0);
    }

    public static StoryAssigned merge(String storyId, String into) {
        return new StoryAssigned(storyId, null, null, into, null, List.of(), false, false, 0);
    }

    public static StoryAssigned handoff(StoryHandoff h) {
        return new StoryAssigned(h.into(), null, null, null, h, List.of(), false, false, 0);
    }

    public StoryAssigner.Assignment decision() {
        return new StoryAssigner.Assignment(storyId, newStory, update, similarity, merged);
    }
}
