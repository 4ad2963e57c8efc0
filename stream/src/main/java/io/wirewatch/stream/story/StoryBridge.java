package io.wirewatch.stream.story;

/**
 * Articles so far that joined two stories by every gate without merging them: value of
 * {@value StoryAssignProcessor#BRIDGES}, keyed by the two story ids in order, separated by a space
 * ({@link StoryAssigner#bridgeKey}). The stories merge when {@link StorySettings#mergeBridges()} articles have
 * bridged them, unless an article of one said it is another event than the other ({@link Disclaimers}): then they are
 * kept apart for good (count 0).
 *
 * @param count    bridging articles seen, at least 1; 0: the two stories never merge
 * @param lastSeen record time of the latest, for retention
 */
public record StoryBridge(int count, long lastSeen) {
    public StoryBridge {
        if (count < 0) throw new IllegalArgumentException("count < 0");
    }

    /** Two stories one of whose articles disclaimed the other's event, seen at {@code ts}: they never merge. */
    public static StoryBridge apart(long ts) {
        return new StoryBridge(0, ts);
    }

    /** Whether the two stories never merge. */
    public boolean apart() {
        return count == 0;
    }
}
