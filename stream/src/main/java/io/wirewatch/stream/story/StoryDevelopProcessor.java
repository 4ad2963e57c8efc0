package io.wirewatch.stream.story;

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
 * Runs {@link StoryDeveloper} on the story's partition of {@code <app>-story-by-id-repartition} (keyed by
 * story id, as many partitions as {@code topic.partitions}): the expensive, per-story part of the stage
 * scales with partitions and Streams instances. Reads {@link StoryAssigned} and forwards, keyed for their
 * topics: the article with its story id (key: article id), the alert if any (key: story id, with its
 * article) and the story's summary (key: story id). Persistent stores, each with a changelog:
 * {@value #PROFILES}, {@value #MEMORIES}. Articles of one story arrive in the order the assignment task
 * decided them (one producer, one key, one partition), so the results are the same on every replay.
 */
public final class StoryDevelopProcessor implements Processor<String, StoryAssigned, String, StoryOutput> {
    public static final String PROFILES = "story-profile-store";
    public static final String MEMORIES = "story-memory-store";
    public static final String[] STORES = {PROFILES, MEMORIES};

    static final JsonSerde<StoryProfile> PROFILE_SERDE = new JsonSerde<>(StoryProfile.class);
    static final JsonSerde<StoryMemory> MEMORY_SERDE = new JsonSerde<>(StoryMemory.class);

    private static final Logger LOG = LoggerFactory.getLogger(StoryDevelopProcessor.class);

    private final StorySettings settings;
    private ProcessorContext<String, StoryOutput> context;
    private StoryDeveloper developer;

    public StoryDevelopProcessor(StorySettings settings) {
        this.settings = settings;
    }

    /** Adds the processor's named, persistent stores to the builder. */
    public static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROFILES),
                Serdes.String(), PROFILE_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMORIES),
                Serdes.String(), MEMORY_SERDE));
    }

    @Override
    public void init(ProcessorContext<String, StoryOutput> context) {
        this.context = context;
        KeyValueStore<String, StoryProfile> profiles = context.getStateStore(PROFILES);
        KeyValueStore<String, StoryMemory> memories = context.getStateStore(MEMORIES);
        // the assignment half's stores live in the assignment task: none here
        StoryState state = new StoryState(null, null, null, null, null, Kv.of(profiles), Kv.of(memories)).cached();
        developer = new StoryDeveloper(state, settings);
        long every = Math.max(60_000, Math.min(settings.retentionMs() / 10, Duration.ofHours(1).toMillis()));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, developer::expire);
    }

    @Override
    public void process(Record<String, StoryAssigned> record) {
        StoryAssigned in = record.value();
        if (in == null) return;
        if (in.mergeInto() != null) {
            developer.onMerged(in.storyId(), in.mergeInto(), record.timestamp()).ifPresent(s ->
                    context.forward(record.withKey(s.storyId()).withValue(StoryOutput.of(s))));
            return;
        }
        if (in.duplicate() != null) {
            developer.onDuplicate(in.duplicate(), in.storyId(), record.timestamp()).ifPresent(s ->
                    context.forward(record.withKey(s.storyId()).withValue(StoryOutput.of(s))));
            return;
        }
        StoryEngine.Outcome o;
        try {
            o = developer.develop(in.article(), in.decision(), record.timestamp());
        } catch (RuntimeException e) {
            // never lose an accepted article: it goes on in its story, without alert
            LOG.error("Story development failed for article {}: {}", in.article().articleId(), e.toString());
            context.forward(record.withKey(in.article().articleId())
                    .withValue(StoryOutput.of(in.article().withStoryId(in.storyId()))));
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
