package io.wirewatch.stream.story;

import java.util.Objects;

/**
 * A story merged into another: value of {@value StoryAssignProcessor#ALIASES}, keyed by the merged story's
 * id, so index entries, article references and copies that still name it find the story that carries on.
 *
 * @param into     the story it was merged into (itself possibly merged later: follow the chain)
 * @param lastSeen record time of the merge, for retention
 */
public record StoryAlias(String into, long lastSeen) {
    public StoryAlias {
        Objects.requireNonNull(into, "into");
    }
}
