package io.wirewatch.stream.story;

import java.util.Objects;

/**
 * What a merged story hands over to the story it was merged into: its memory (what it already said) and
 * its profile (counts, outlets, entities, topics, timeline). Sent by the merged story's develop task, keyed
 * by the surviving story's id, on {@code <app>-story-handoff} (partitioned like
 * {@code <app>-story-by-id-repartition}), so it reaches the task that develops the surviving story.
 * Profile and memory are null when the merged story was unknown on its partition (forgotten after
 * retention): the surviving story still gets word, because it waits for it (see {@link StoryDevelopProcessor}).
 *
 * @param from    the merged story
 * @param into    the story that carries on
 * @param profile the merged story's profile, or null
 * @param memory  the merged story's memory, or null
 */
public record StoryHandoff(String from, String into, StoryProfile profile, StoryMemory memory) {
    public StoryHandoff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(into, "into");
        if (from.isBlank() || into.isBlank()) throw new IllegalArgumentException("a handoff names both stories");
        if (from.equals(into)) throw new IllegalArgumentException("a story cannot hand over to itself: " + from);
        if (profile != null && !profile.storyId().equals(from)) {
            throw new IllegalArgumentException("handoff from " + from + " carries the profile of " + profile.storyId());
        }
    }

    /** Word that the merged story had nothing left to hand over. */
    public static StoryHandoff empty(String from, String into) {
        return new StoryHandoff(from, into, null, null);
    }
}
