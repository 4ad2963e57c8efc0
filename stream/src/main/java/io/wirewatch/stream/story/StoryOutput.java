package io.wirewatch.stream.story;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.StorySummary;

/**
 * One result of the story processor, split to its topic right after it (never serialized): the
 * article with its story id, an alert, or a story summary. Exactly one is set.
 */
public record StoryOutput(Article article, Alert alert, StorySummary summary) {
    public static StoryOutput of(Article a) {
        return new StoryOutput(a, null, null);
    }

    public static StoryOutput of(Alert a) {
        return new StoryOutput(null, a, null);
    }

    public static StoryOutput of(StorySummary s) {
        return new StoryOutput(null, null, s);
    }
}
