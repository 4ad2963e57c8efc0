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
    public static final String[] STORES = {PROFILES, MEMORIES, INDEX, ARTICLES, DF};

    static final JsonSerde<StoryProfile> PROFILE_SERDE = new JsonSerde<>(StoryProfile.class);
    static final JsonSerde<StoryMemory> MEMORY_SERDE = new JsonSerde<>(StoryMemory.class);
    static final JsonSerde<StoryIndexEntry> INDEX_SERDE = new JsonSerde<>(StoryIndexEntry.class);
    static final JsonSerde<ArticleRef> ARTICLE_SERDE = new JsonSerde<>(ArticleRef.class);

    private static final Logger LOG = LoggerFactory.getLogger(StoryProcessor.class);

    private final StorySettings settings;
    private ProcessorContext<String, StoryOutput> context;
    private StoryEngine engine;

    public StoryProcessor(StorySettings settings) {
        this.settings = settings;
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
    }

    @Override
    public void init(ProcessorContext<String, StoryOutput> context) {
        this.context = context;
        KeyValueStore<String, StoryProfile> profiles = context.getStateStore(PROFILES);
        KeyValueStore<String, StoryMemory> memories = context.getStateStore(MEMORIES);
        KeyValueStore<String, StoryIndexEntry> index = context.getStateStore(INDEX);
        KeyValueStore<String, ArticleRef> articles = context.getStateStore(ARTICLES);
        KeyValueStore<Integer, Long> df = context.getStateStore(DF);
        engine = new StoryEngine(new StoryState(Kv.of(profiles), Kv.of(memories), Kv.of(index), Kv.of(articles),
                Kv.of(df)), settings);
        long every = Math.max(60_000, Math.min(settings.retentionMs() / 10, Duration.ofHours(1).toMillis()));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, t -> {
            int gone = engine.expire(t);
            if (gone > 0) LOG.info("Forgot {} stories not updated for {} ms", gone, settings.retentionMs());
        });
    }

    @Override
    public void process(Record<String, StoryInput> record) {
        StoryInput in = record.value();
        if (in == null) return;
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
