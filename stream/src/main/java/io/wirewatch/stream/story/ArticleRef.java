package io.wirewatch.stream.story;

import java.util.Objects;

/** Which story an accepted article joined, so its updates and copies find the story directly. */
public record ArticleRef(String storyId, long lastSeen) {
    public ArticleRef {
        Objects.requireNonNull(storyId, "storyId");
    }
}
