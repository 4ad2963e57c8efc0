package io.wirewatch.stream.story;

import java.util.List;

/** Posting list of the candidate index: the stories (most recent last, bounded) a salient term points to. */
public record StoryIndexEntry(List<String> storyIds, long lastSeen) {
    public StoryIndexEntry {
        storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
    }
}
