package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;

/**
 * What the story processor reads from its repartition topic: an accepted article or a copy of one
 * (from {@code wirewatch.duplicates}). Exactly one is set. An article may carry its encoded embeddings
 * ({@link StoryEmbedder}): of its title and lead ({@code embedding}) and of the same with names and figures
 * masked ({@code action}, {@link NameMask}), computed on the input side so the one-partition assign step need not.
 */
public record StoryInput(Article article, Duplicate duplicate, String embedding, String action) {
    public StoryInput {
        if ((article == null) == (duplicate == null)) {
            throw new IllegalArgumentException("a story input is an article or a duplicate");
        }
        if ((embedding != null || action != null) && article == null) {
            throw new IllegalArgumentException("only an article has an embedding");
        }
    }

    public StoryInput(Article article, Duplicate duplicate) {
        this(article, duplicate, null, null);
    }

    public static StoryInput of(Article a) {
        return new StoryInput(a, null, null, null);
    }

    public static StoryInput of(Article a, String embedding) {
        return new StoryInput(a, null, embedding, null);
    }

    public static StoryInput of(Article a, String embedding, String action) {
        return new StoryInput(a, null, embedding, action);
    }

    public static StoryInput of(Duplicate d) {
        return new StoryInput(null, d);
    }
}
