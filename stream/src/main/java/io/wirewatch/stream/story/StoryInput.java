package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;

/**
 * What the story processor reads from its repartition topic: an accepted article or a copy of one
 * (from {@code wirewatch.duplicates}). Exactly one is set.
 */
public record StoryInput(Article article, Duplicate duplicate) {
    public StoryInput {
        if ((article == null) == (duplicate == null)) {
            throw new IllegalArgumentException("a story input is an article or a duplicate");
        }
    }

    public static StoryInput of(Article a) {
        return new StoryInput(a, null);
    }

    public static StoryInput of(Duplicate d) {
        return new StoryInput(null, d);
    }
}
