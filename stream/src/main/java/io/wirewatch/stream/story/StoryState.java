package io.wirewatch.stream.story;

/**
 * The engine's state, one {@link Kv} per store (see {@link StoryProcessor} for the store names).
 *
 * @param profiles story id → profile (centroid, counts, summary material)
 * @param memories story id → what the story already said
 * @param index    term → stories it points to (candidate lookup)
 * @param articles article id → story it joined (updates, copies)
 * @param df       hashed term bucket → document frequency; bucket {@value StoryEngine#DOC_COUNT_KEY} holds the document count
 */
public record StoryState(Kv<String, StoryProfile> profiles, Kv<String, StoryMemory> memories,
                         Kv<String, StoryIndexEntry> index, Kv<String, ArticleRef> articles, Kv<Integer, Long> df) {

    /** In memory with every value serialised as in the topology's stores (for throughput measurements). */
    public static StoryState serialized() {
        return new StoryState(Kv.serialized(StoryProcessor.PROFILE_SERDE), Kv.serialized(StoryProcessor.MEMORY_SERDE),
                Kv.serialized(StoryProcessor.INDEX_SERDE), Kv.serialized(StoryProcessor.ARTICLE_SERDE),
                Kv.serialized(org.apache.kafka.common.serialization.Serdes.Long()));
    }

    public static StoryState inMemory() {
        return new StoryState(Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory());
    }
}
