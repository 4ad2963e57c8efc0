package io.wirewatch.stream.story;

/**
 * Articles so far that joined two stories by every gate without merging them: value of
 * {@value StoryAssignProcessor#BRIDGES}, keyed by the two story ids in order, separated by a space
 * ({@link StoryAssigner#bridgeKey}). The stories merge when {@link StorySettings#mergeBridges()} articles have
 * bridged them.
 *
 * @param count    bridging articles seen, at least 1
 * @param lastSeen record time of the latest, for retention
 */
public record StoryBridge(int count, long lastSeen) {
    public StoryBridge {
        if (count < 1) throw new IllegalArgumentException("count < 1");
    }
}
