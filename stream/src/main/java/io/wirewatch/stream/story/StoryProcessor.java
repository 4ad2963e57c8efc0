package io.wirewatch.stream.story;

import io.wirewatch.common.Ids;
import io.wirewatch.common.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Runs {@link StoryEngine} inside the topology. Reads {@link StoryInput}s (articles and copies) and
 * forwards, keyed for their topics: the article with its story id (key: article id), the alert if
 * any (key: story id) and the story's summary (key: story id). Persistent stores, each with a
 * changelog: {@value #PROFILES}, {@value #MEMORIES}, {@value #INDEX}, {@value #ARTICLES}, {@value #DF}.
 * A stream-time punctuation forgets what has not been updated for {@code story.retention.ms}.
 */
public final class StoryProcessor implements Processor<String, StoryInput, String, StoryOutput> {
    public static final String PROFILES = "story-profile-store";
    public static final String MEMORIES = "story-memory-store";
    public static final String INDEX = "story-index-store";
    public static final String ARTICLES = "story-article-store";
    public static final String DF = "story-df-store";
    public static final String REORDER = "story-reorder-store";
    public static final String[] STORES = {PROFILES, MEMORIES, INDEX, ARTICLES, DF, REORDER};

    /** An input waiting in the reorder buffer. */
    public record Buffered(long timestamp, long arrivedWallMs, StoryInput input) {
    }

    static final JsonSerde<Buffered> BUFFERED_SERDE = new JsonSerde<>(Buffered.class);

    static final JsonSerde<StoryProfile> PROFILE_SERDE = new JsonSerde<>(StoryProfile.class);
    static final JsonSerde<StoryMemory> MEMORY_SERDE = new JsonSerde<>(StoryMemory.class);
    static final JsonSerde<StoryIndexEntry> INDEX_SERDE = new JsonSerde<>(StoryIndexEntry.class);
    static final JsonSerde<ArticleRef> ARTICLE_SERDE = new JsonSerde<>(ArticleRef.class);

    private static final Logger LOG = LoggerFactory.getLogger(StoryProcessor.class);

    private final StorySettings settings;
    private final long reorderMs;
    private ProcessorContext<String, StoryOutput> context;
    private StoryEngine engine;
    private KeyValueStore<String, Buffered> reorder;

    public StoryProcessor(StorySettings settings) {
        this(settings, 0);
    }

    /**
     * @param reorderMs how long inputs wait (wall clock) so that they are clustered in event order; the
     *                  repartitions upstream (exact and near dedup) do not keep the order of a burst
     */
    public StoryProcessor(StorySettings settings, long reorderMs) {
        this.settings = settings;
        this.reorderMs = reorderMs;
    }

    /** Adds the processor's named, persistent stores to the builder. */
    public static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROFILES),
                Serdes.String(), PROFILE_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMORIES),
                Serdes.String(), MEMORY_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX),
                Serdes.String(), INDEX_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES),
                Serdes.String(), ARTICLE_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DF),
                Serdes.Integer(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REORDER),
                Serdes.String(), BUFFERED_SERDE));
    }

    @Override
    public void init(ProcessorContext<String, StoryOutput> context) {
        this.context = context;
        KeyValueStore<String, StoryProfile> profiles = context.getStateStore(PROFILES);
        KeyValueStore<String, StoryMemory> memories = context.getStateStore(MEMORIES);
        KeyValueStore<String, StoryIndexEntry> index = context.getStateStore(INDEX);
        KeyValueStore<String, ArticleRef> articles = context.getStateStore(ARTICLES);
        KeyValueStore<Integer, Long> df = context.getStateStore(DF);
        // a fresh cache per init: a revived or restored task starts from the stores, never from old objects
        engine = new StoryEngine(new StoryState(Kv.of(profiles), Kv.of(memories), Kv.of(index), Kv.of(articles),
                Kv.of(df)).cached(), settings);
        long every = Math.max(60_000, Math.min(settings.retentionMs() / 10, Duration.ofHours(1).toMillis()));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, t -> {
            int gone = engine.expire(t);
            if (gone > 0) LOG.info("Forgot {} stories not updated for {} ms", gone, settings.retentionMs());
        });
        reorder = context.getStateStore(REORDER);
        if (reorderMs > 0) {
            context.schedule(Duration.ofMillis(Math.max(50, reorderMs / 4)), PunctuationType.WALL_CLOCK_TIME, this::drain);
        }
    }

    @Override
    public void process(Record<String, StoryInput> record) {
        StoryInput in = record.value();
        if (in == null) return;
        if (reorderMs <= 0) {
            handle(record);
            return;
        }
        reorder.put(orderKey(record.timestamp(), in), new Buffered(record.timestamp(), context.currentSystemTimeMs(), in));
    }

    /** Event order: record time, then fetch (or dedup) time to the nanosecond, then id. Zero-padded so it sorts. */
    static String orderKey(long timestamp, StoryInput in) {
        java.time.Instant t = in.article() != null ? in.article().fetchedAt() : in.duplicate().time();
        String id = in.article() != null ? in.article().articleId() : "dup-" + in.duplicate().articleId();
        long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        return String.format(java.util.Locale.ROOT, "%019d|%019d|%s", Math.max(0, timestamp), Math.max(0, nanos), id);
    }

    /**
     * Clusters buffered inputs in key (event) order, up to the first one that has not waited its time:
     * anything after it waits too, so a late-arriving earlier article still comes first.
     */
    private void drain(long wallNow) {
        java.util.List<org.apache.kafka.streams.KeyValue<String, Buffered>> ready = new java.util.ArrayList<>();
        try (var it = reorder.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (kv.value.arrivedWallMs() + reorderMs > wallNow) break;
                ready.add(kv);
            }
        }
        for (var kv : ready) {
            reorder.delete(kv.key);
            handle(new Record<>("story-index", kv.value.input(), kv.value.timestamp()));
        }
    }

    private void handle(Record<String, StoryInput> record) {
        StoryInput in = record.value();
        if (in.duplicate() != null) {
            engine.onDuplicate(in.duplicate(), record.timestamp()).ifPresent(s ->
                    context.forward(record.withKey(s.storyId()).withValue(StoryOutput.of(s))));
            return;
        }
        StoryEngine.Outcome o;
        try {
            o = engine.onArticle(in.article(), record.timestamp());
        } catch (RuntimeException e) {
            // never lose an accepted article: it goes on in a story of its own, without alert
            LOG.error("Story clustering failed for article {}: {}", in.article().articleId(), e.toString());
            context.forward(record.withKey(in.article().articleId()).withValue(StoryOutput.of(
                    in.article().withStoryId(Ids.shortId("story", in.article().articleId())))));
            return;
        }
        context.forward(record.withKey(o.article().articleId()).withValue(StoryOutput.of(o.article())));
        if (o.alert() != null) {
            // The alert travels with its article so that subscriptions can match the body, not only the title.
            context.forward(record.withKey(o.alert().storyId()).withValue(new StoryOutput(o.article(), o.alert(), null)));
        }
        context.forward(record.withKey(o.summary().storyId()).withValue(StoryOutput.of(o.summary())));
    }
}
