package io.wirewatch.stream.story;

/**
 * The story stage's state, one {@link Kv} per store. The assignment task owns the first six
 * (store names in {@link StoryAssignProcessor}), each story's partition the last two
 * ({@link StoryDevelopProcessor}); {@link StoryEngine} runs both halves on one state.
 *
 * @param centroids story id → what clustering compares with
 * @param index     term → stories it points to (candidate lookup)
 * @param articles  article id → story it joined (updates, copies)
 * @param aliases   merged story id → the story it was merged into
 * @param bridges   two story ids → articles that joined both without merging them (yet)
 * @param df        hashed term bucket → document frequency; bucket {@value StoryAssigner#DOC_COUNT_KEY} holds the document count
 * @param profiles  story id → summary material (counts, outlets, entities, topics, timeline)
 * @param memories  story id → what the story already said
 */
public record StoryState(Kv<String, StoryCentroid> centroids, Kv<String, StoryIndexEntry> index,
                         Kv<String, ArticleRef> articles, Kv<String, StoryAlias> aliases,
                         Kv<String, StoryBridge> bridges, Kv<Integer, Long> df,
                         Kv<String, StoryProfile> profiles, Kv<String, StoryMemory> memories) {

    /** In memory with every value serialised as in the topology's stores (for throughput measurements). */
    public static StoryState serialized() {
        return new StoryState(Kv.serialized(StoryAssignProcessor.CENTROID_SERDE),
                Kv.serialized(StoryAssignProcessor.INDEX_SERDE), Kv.serialized(StoryAssignProcessor.ARTICLE_SERDE),
                Kv.serialized(StoryAssignProcessor.ALIAS_SERDE), Kv.serialized(StoryAssignProcessor.BRIDGE_SERDE),
                Kv.serialized(org.apache.kafka.common.serialization.Serdes.Long()),
                Kv.serialized(StoryDevelopProcessor.PROFILE_SERDE), Kv.serialized(StoryDevelopProcessor.MEMORY_SERDE));
    }

    public static StoryState inMemory() {
        return new StoryState(Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory(), Kv.inMemory(),
                Kv.inMemory(), Kv.inMemory());
    }

    /**
     * This state behind the bounded caches the story tasks use ({@link Kv#cached}): values are immutable
     * records, so a cached value is the stored one. A half's task leaves the other half's stores null.
     */
    public StoryState cached() {
        return new StoryState(cache(centroids, CENTROID_CACHE), cache(index, INDEX_CACHE), articles,
                cache(aliases, ALIAS_CACHE), bridges, cache(df, DF_CACHE), cache(profiles, PROFILE_CACHE), cache(memories, MEMORY_CACHE));
    }

    private static <K, V> Kv<K, V> cache(Kv<K, V> kv, int size) {
        return kv == null ? null : Kv.cached(kv, size);
    }

    /** Stories kept deserialised: the busy ones of the last hours (a centroid is a few KB in heap). */
    static final int CENTROID_CACHE = 2_000;
    static final int INDEX_CACHE = 20_000;
    static final int ALIAS_CACHE = 2_000;
    /** Document frequencies of the terms in current news: read for every term of every article. */
    static final int DF_CACHE = 50_000;
    /** A profile with its timeline and a memory are 5-30 KB each in heap. */
    static final int PROFILE_CACHE = 500;
    static final int MEMORY_CACHE = 500;
}
