package io.wirewatch.stream.story;

import io.wirewatch.common.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link StoryDeveloper} on the story's partition of {@code <app>-story-by-id-repartition} (keyed by
 * story id, as many partitions as {@code topic.partitions}): the expensive, per-story part of the stage
 * scales with partitions and Streams instances. Reads {@link StoryAssigned} from that topic and, merged in,
 * the handoffs of merged stories from {@code <app>-story-handoff} (same partitioning, so a story's
 * handoffs reach the task that develops it). Forwards, keyed for their topics: the article with its story
 * id (key: article id), the alert if any (key: story id, with its article), the story's summary (key: story
 * id) and, when the story is merged into another, its handoff (key: the surviving story's id).
 * Persistent stores, each with a changelog: {@value #PROFILES}, {@value #MEMORIES}, {@value #HANDOFFS}.
 * <p>
 * Order, so that replays agree: articles of one story arrive in the order the assignment task decided them
 * (one producer, one key, one partition). A handoff travels on another topic and may be read before or
 * after the article that merged its story (both carry that article's record time). So an article that merged
 * stories ({@link StoryAssigned#merged()}) is developed only once their handoffs are absorbed, and the
 * story's later records wait behind it ({@value #HANDOFFS}); a handoff that comes first waits for its
 * article. The story is then developed as {@link StoryEngine} develops it in one process: the merged
 * stories hand over, then the article is judged.
 */
public final class StoryDevelopProcessor implements Processor<String, StoryAssigned, String, StoryOutput> {
    public static final String PROFILES = "story-profile-store";
    public static final String MEMORIES = "story-memory-store";
    public static final String HANDOFFS = "story-handoff-store";
    public static final String[] STORES = {PROFILES, MEMORIES, HANDOFFS};

    static final JsonSerde<StoryProfile> PROFILE_SERDE = new JsonSerde<>(StoryProfile.class);
    static final JsonSerde<StoryMemory> MEMORY_SERDE = new JsonSerde<>(StoryMemory.class);
    static final JsonSerde<StoryHandoffWait> WAIT_SERDE = new JsonSerde<>(StoryHandoffWait.class);

    private static final Logger LOG = LoggerFactory.getLogger(StoryDevelopProcessor.class);

    private final StorySettings settings;
    private ProcessorContext<String, StoryOutput> context;
    private StoryDeveloper developer;
    private KeyValueStore<String, StoryHandoffWait> waits;

    public StoryDevelopProcessor(StorySettings settings) {
        this.settings = settings;
    }

    /** Adds the processor's named, persistent stores to the builder. */
    public static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROFILES),
                Serdes.String(), PROFILE_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMORIES),
                Serdes.String(), MEMORY_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HANDOFFS),
                Serdes.String(), WAIT_SERDE));
    }

    @Override
    public void init(ProcessorContext<String, StoryOutput> context) {
        this.context = context;
        KeyValueStore<String, StoryProfile> profiles = context.getStateStore(PROFILES);
        KeyValueStore<String, StoryMemory> memories = context.getStateStore(MEMORIES);
        waits = context.getStateStore(HANDOFFS);
        // the assignment half's stores live in the assignment task: none here
        StoryState state = new StoryState(null, null, null, null, null, null, Kv.of(profiles), Kv.of(memories)).cached();
        developer = new StoryDeveloper(state, settings);
        long every = Math.max(60_000, Math.min(settings.retentionMs() / 10, Duration.ofHours(1).toMillis()));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, now -> {
            releaseStale(now - settings.retentionMs());
            developer.expire(now);
        });
    }

    @Override
    public void process(Record<String, StoryAssigned> record) {
        StoryAssigned in = record.value();
        if (in == null) return;
        String story = in.storyId();
        long ts = record.timestamp();
        StoryHandoffWait wait = waits.get(story);
        if (wait == null && in.handoff() == null && in.merged().isEmpty()) {
            handle(in, ts, record.headers()); // nearly every record: nothing to wait for
            return;
        }
        Map<String, StoryHandoff> received = new TreeMap<>(wait == null ? Map.of() : wait.received());
        List<StoryHandoffWait.Parked> parked = new ArrayList<>(wait == null ? List.of() : wait.parked());
        if (in.handoff() != null) {
            received.put(in.handoff().from(), in.handoff());
        } else {
            parked.add(new StoryHandoffWait.Parked(in, ts));
        }
        // develop every record whose handoffs are all here, in order; stop at the first still waiting
        while (!parked.isEmpty() && received.keySet().containsAll(parked.get(0).assigned().merged())) {
            StoryHandoffWait.Parked head = parked.remove(0);
            // headers (the input's trace, e.g. the benchmark's sequence) are kept for the record read now;
            // a record held back in the store has lost them
            Headers headers = head.assigned() == in ? record.headers() : new RecordHeaders();
            for (String from : head.assigned().merged()) absorb(received.remove(from), head.ts(), headers);
            handle(head.assigned(), head.ts(), headers);
        }
        if (received.isEmpty() && parked.isEmpty()) {
            if (wait != null) waits.delete(story);
        } else {
            long since = !parked.isEmpty() ? parked.get(0).ts() : wait != null ? Math.min(wait.since(), ts) : ts;
            waits.put(story, new StoryHandoffWait(received, parked, since));
        }
    }

    /**
     * A wait older than the retention can only be one whose handoff will never come (its topic was deleted or
     * reset): what did arrive is absorbed and the held-back records are developed, so the story goes on.
     */
    private void releaseStale(long cutoff) {
        List<KeyValue<String, StoryHandoffWait>> stale = new ArrayList<>();
        try (KeyValueIterator<String, StoryHandoffWait> it = waits.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.since() < cutoff) stale.add(kv);
            });
        }
        for (KeyValue<String, StoryHandoffWait> kv : stale) {
            LOG.warn("Story {}: gave up waiting for the handoffs of {} after the retention period", kv.key,
                    kv.value.parked().isEmpty() ? List.of() : kv.value.parked().get(0).assigned().merged());
            for (StoryHandoff h : kv.value.received().values()) absorb(h, kv.value.since(), new RecordHeaders());
            for (StoryHandoffWait.Parked p : kv.value.parked()) handle(p.assigned(), p.ts(), new RecordHeaders());
            waits.delete(kv.key);
        }
    }

    private void absorb(StoryHandoff h, long ts, Headers headers) {
        developer.onHandoff(h, ts).ifPresent(s -> context.forward(new Record<>(s.storyId(), StoryOutput.of(s), ts, headers)));
    }

    private void handle(StoryAssigned in, long ts, Headers headers) {
        if (in.mergeInto() != null) {
            StoryDeveloper.Merged m = developer.onMerged(in.storyId(), in.mergeInto(), ts);
            m.summary().ifPresent(s -> context.forward(new Record<>(s.storyId(), StoryOutput.of(s), ts, headers)));
            // what this story said and counted goes on to the story that carries on, on that story's partition
            context.forward(new Record<>(m.handoff().into(), StoryOutput.of(m.handoff()), ts, headers));
            return;
        }
        if (in.duplicate() != null) {
            developer.onDuplicate(in.duplicate(), in.storyId(), ts).ifPresent(s ->
                    context.forward(new Record<>(s.storyId(), StoryOutput.of(s), ts, headers)));
            return;
        }
        StoryEngine.Outcome o;
        try {
            o = developer.develop(in.article(), in.decision(), ts);
        } catch (RuntimeException e) {
            // never lose an accepted article: it goes on in its story, without alert
            LOG.error("Story development failed for article {}: {}", in.article().articleId(), e.toString());
            context.forward(new Record<>(in.article().articleId(),
                    StoryOutput.of(in.article().withStoryId(in.storyId())), ts, headers));
            return;
        }
        context.forward(new Record<>(o.article().articleId(), StoryOutput.of(o.article()), ts, headers));
        if (o.alert() != null) {
            // The alert travels with its article so that subscriptions can match the body, not only the title.
            context.forward(new Record<>(o.alert().storyId(), new StoryOutput(o.article(), o.alert(), null), ts, headers));
        }
        context.forward(new Record<>(o.summary().storyId(), StoryOutput.of(o.summary()), ts, headers));
    }
}
