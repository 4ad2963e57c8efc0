package io.wirewatch.stream.story;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.StorySummary;

/**
 * One result of the story processor, split to its topic right after it (never serialized itself): the
 * article with its story id, an alert (with its article), a story summary, or a merged story's handoff to
 * the story it was merged into (to {@code <app>-story-handoff}). Exactly one of summary, handoff and article
 * is set, except that an alert comes with its article.
 */
public record StoryOutput(Article article, Alert alert, StorySummary summary, StoryHandoff handoff) {
    public StoryOutput(Article article, Alert alert, StorySummary summary) {
        this(article, alert, summary, null);
    }

    public static StoryOutput of(Article a) {
        return new StoryOutput(a, null, null, null);
    }

    public static StoryOutput of(Alert a) {
        return new StoryOutput(null, a, null, null);
    }

    public static StoryOutput of(StorySummary s) {
        return new StoryOutput(null, null, s, null);
    }

    public static StoryOutput of(StoryHandoff h) {
        return new StoryOutput(null, null, null, h);
    }
}
