package io.wirewatch.stream.story;

import io.wirewatch.common.Ids;
import io.wirewatch.common.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The story assignment task: runs {@link StoryAssigner} on the single partition of
 * {@code <app>-story-by-index-repartition}, so every article is compared with every live story in one
 * order. Input: {@link StoryInput}s (accepted articles and copies). Output: {@link StoryAssigned}, keyed by
 * story id, for {@code <app>-story-by-id-repartition} and {@link StoryDevelopProcessor}. Only the cheap
 * part of the story stage runs here (lookup, cosine, centroid update); what an article adds to its story
 * is judged on the story's partition, in parallel.
 * <p>
 * Persistent stores, each with a changelog: {@value #CENTROIDS}, {@value #INDEX}, {@value #ARTICLES},
 * {@value #ALIASES}, {@value #BRIDGES}, {@value #DF}, and {@value #REORDER}, which holds inputs for {@code story.reorder.ms} (wall clock) so a
 * burst is clustered in event order (the dedup repartitions upstream do not keep it). A stream-time
 * punctuation forgets what has not been updated for {@code story.retention.ms}.
 */
public final class StoryAssignProcessor implements Processor<String, StoryInput, String, StoryAssigned> {
    public static final String CENTROIDS = "story-centroid-store";
    public static final String INDEX = "story-index-store";
    public static final String ARTICLES = "story-article-store";
    public static final String DF = "story-df-store";
    public static final String ALIASES = "story-alias-store";
    public static final String BRIDGES = "story-bridge-store";
    public static final String REORDER = "story-reorder-store";
    public static final String[] STORES = {CENTROIDS, INDEX, ARTICLES, ALIASES, BRIDGES, DF, REORDER};

    /** An input waiting in the reorder buffer. */
    public record Buffered(long timestamp, long arrivedWallMs, StoryInput input) {
    }

    static final JsonSerde<Buffered> BUFFERED_SERDE = new JsonSerde<>(Buffered.class);
    static final JsonSerde<StoryCentroid> CENTROID_SERDE = new JsonSerde<>(StoryCentroid.class);
    static final JsonSerde<StoryIndexEntry> INDEX_SERDE = new JsonSerde<>(StoryIndexEntry.class);
    static final JsonSerde<ArticleRef> ARTICLE_SERDE = new JsonSerde<>(ArticleRef.class);
    static final JsonSerde<StoryAlias> ALIAS_SERDE = new JsonSerde<>(StoryAlias.class);
    static final JsonSerde<StoryBridge> BRIDGE_SERDE = new JsonSerde<>(StoryBridge.class);

    private static final Logger LOG = LoggerFactory.getLogger(StoryAssignProcessor.class);

    private final StorySettings settings;
    private final long reorderMs;
    private ProcessorContext<String, StoryAssigned> context;
    private StoryAssigner assigner;
    private KeyValueStore<String, Buffered> reorder;

    /**
     * @param reorderMs how long inputs wait (wall clock) so that they are clustered in event order; the
     *                  repartitions upstream (exact and near dedup) do not keep the order of a burst
     */
    public StoryAssignProcessor(StorySettings settings, long reorderMs) {
        this.settings = settings;
        this.reorderMs = reorderMs;
    }

    /** Adds the processor's named, persistent stores to the builder. */
    public static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CENTROIDS),
                Serdes.String(), CENTROID_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX),
                Serdes.String(), INDEX_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES),
                Serdes.String(), ARTICLE_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALIASES),
                Serdes.String(), ALIAS_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BRIDGES),
                Serdes.String(), BRIDGE_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DF),
                Serdes.Integer(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REORDER),
                Serdes.String(), BUFFERED_SERDE));
    }

    @Override
    public void init(ProcessorContext<String, StoryAssigned> context) {
        this.context = context;
        KeyValueStore<String, StoryCentroid> centroids = context.getStateStore(CENTROIDS);
        KeyValueStore<String, StoryIndexEntry> index = context.getStateStore(INDEX);
        KeyValueStore<String, ArticleRef> articles = context.getStateStore(ARTICLES);
        KeyValueStore<Integer, Long> df = context.getStateStore(DF);
        KeyValueStore<String, StoryAlias> aliases = context.getStateStore(ALIASES);
        KeyValueStore<String, StoryBridge> bridges = context.getStateStore(BRIDGES);
        // a fresh cache per init: a revived or restored task starts from the stores, never from old objects
        // the development half's stores live in the story partitions' tasks: none here
        StoryState state = new StoryState(Kv.of(centroids), Kv.of(index), Kv.of(articles), Kv.of(aliases),
                Kv.of(bridges), Kv.of(df), null, null).cached();
        assigner = new StoryAssigner(state, settings, BackgroundFrequencies.shipped());
        long every = Math.max(60_000, Math.min(settings.retentionMs() / 10, Duration.ofHours(1).toMillis()));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, t -> {
            int gone = assigner.expire(t);
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
        return String.format(Locale.ROOT, "%019d|%019d|%s", Math.max(0, timestamp), Math.max(0, nanos), id);
    }

    /**
     * Assigns buffered inputs in key (event) order, up to the first one that has not waited its time:
     * anything after it waits too, so a late-arriving earlier article still comes first.
     */
    private void drain(long wallNow) {
        List<KeyValue<String, Buffered>> ready = new ArrayList<>();
        try (var it = reorder.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                if (kv.value.arrivedWallMs() + reorderMs > wallNow) break;
                ready.add(kv);
            }
        }
        for (var kv : ready) {
            reorder.delete(kv.key);
            handle(new Record<>(kv.key, kv.value.input(), kv.value.timestamp()));
        }
    }

    private void handle(Record<String, StoryInput> record) {
        StoryInput in = record.value();
        if (in.duplicate() != null) {
            assigner.storyOf(in.duplicate(), record.timestamp()).ifPresent(story ->
                    context.forward(new Record<>(story, StoryAssigned.of(in.duplicate(), story), record.timestamp())));
            return;
        }
        StoryAssigned out;
        try {
            StoryAssigner.Assignment decision = assigner.assign(in.article(), in.embedding(), in.action(), record.timestamp());
            out = StoryAssigned.of(in.article(), decision);
            // the stories this article showed to be the same event hand over to it on their own partitions
            for (String merged : decision.merged()) {
                context.forward(new Record<>(merged, StoryAssigned.merge(merged, decision.storyId()), record.timestamp()));
            }
        } catch (RuntimeException e) {
            // never lose an accepted article: it goes on as a story of its own
            LOG.error("Story assignment failed for article {}: {}", in.article().articleId(), e.toString());
            out = StoryAssigned.of(in.article(), new StoryAssigner.Assignment(
                    Ids.shortId("story", in.article().articleId()), true, false, 0, java.util.List.of()));
        }
        context.forward(new Record<>(out.storyId(), out, record.timestamp()));
    }
}
