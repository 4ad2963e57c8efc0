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

    /**
     * This state behind the bounded caches the story task uses ({@link Kv#cached}): values are immutable
     * records, so a cached value is the stored one.
     */
    public StoryState cached() {
        return new StoryState(Kv.cached(profiles, PROFILE_CACHE), Kv.cached(memories, MEMORY_CACHE),
                Kv.cached(index, INDEX_CACHE), articles, Kv.cached(df, DF_CACHE));
    }

    /** Stories kept deserialised: the busy ones of the last hours; a profile is 5-30 KB in heap. */
    static final int PROFILE_CACHE = 1_000;
    static final int MEMORY_CACHE = 500;
    static final int INDEX_CACHE = 20_000;
    /** Document frequencies of the terms in current news: read for every term of every article. */
    static final int DF_CACHE = 50_000;

    public static StoryState inMemory() {
        return new StoryState(Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory());
    }
}
