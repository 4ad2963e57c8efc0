package io.wirewatch.stream.story;

import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The develop processor alone, fed as its two input topics could interleave: a merged story's handoff
 * travels on another topic than the article that merged it, yet the story comes out the same.
 */
class StoryDevelopProcessorTest {
    static final long T = Instant.parse("2026-06-13T00:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000;

    static final Article FOSSIL = article("fossil", "Giant titanosaur fossil found in Patagonia",
            "Fossil hunters in Patagonia have unearthed the remains of a giant titanosaur, a long-necked plant-eating"
                    + " dinosaur. The team from the Egidio Feruglio Museum found vertebrae and a femur near the town of"
                    + " Trelew in Chubut province.");
    static final Article WEIGHT = article("weight", "Largest dinosaur ever weighed as much as 14 elephants",
            "The largest dinosaur ever discovered weighed about 70 tonnes, as much as 14 African elephants, scientists"
                    + " said on Tuesday. Palaeontologist Diego Pol said the animal measured 37 metres from head to tail."
                    + " Pol told reporters in Buenos Aires it was the biggest animal that ever walked on Earth.");
    static final Article BRIDGE = article("bridge", "Titanosaur fossil from Patagonia is the largest dinosaur ever",
            "The giant titanosaur whose fossil was unearthed in Patagonia is the largest dinosaur ever discovered,"
                    + " scientists said. The femur and vertebrae found near Trelew show it was bigger than any known"
                    + " dinosaur.");
    static final Article REWRITE = article("rewrite", "Record dinosaur was as heavy as 14 elephants",
            "Scientists said on Tuesday that the largest dinosaur ever discovered weighed around 70 tonnes, equal to"
                    + " 14 African elephants. It measured 37 metres from head to tail, palaeontologist Diego Pol said."
                    + " Pol told reporters in Buenos Aires it was the biggest animal that ever walked on Earth.");

    /** One develop task on in-memory stores; everything it forwarded, in order. */
    static final class Task {
        final MockProcessorContext<String, StoryOutput> context;
        final StoryDevelopProcessor processor = new StoryDevelopProcessor(StorySettings.defaults());

        Task() {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "develop-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            context = new MockProcessorContext<>(props);
            store(StoryDevelopProcessor.PROFILES, StoryDevelopProcessor.PROFILE_SERDE);
            store(StoryDevelopProcessor.MEMORIES, StoryDevelopProcessor.MEMORY_SERDE);
            store(StoryDevelopProcessor.HANDOFFS, StoryDevelopProcessor.WAIT_SERDE);
            processor.init(context);
        }

        private <V> void store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
            KeyValueStore<String, V> s = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                    Serdes.String(), serde).withLoggingDisabled().withCachingDisabled().build();
            s.init(context.getStateStoreContext(), s);
            context.addStateStore(s);
        }

        void feed(StoryAssigned in, long ts) {
            processor.process(new Record<>(in.storyId(), in, ts));
        }

        List<String> outputs() {
            List<String> out = new ArrayList<>();
            for (var f : context.forwarded()) out.add(f.record().key() + " @" + f.record().timestamp() + " " + f.record().value());
            return out;
        }

        List<StoryOutput> values() {
            return context.forwarded().stream().map(f -> (StoryOutput) f.record().value()).toList();
        }
    }

    /** The two stories, then B's merge into A: returns B's handoff as the task forwarded it. */
    static StoryHandoff twoStoriesThenMerge(Task b) {
        b.feed(StoryAssigned.of(WEIGHT, new StoryAssigner.Assignment("s-b", true, false, 0, List.of())), T + HOUR);
        b.feed(StoryAssigned.merge("s-b", "s-a"), T + 2 * HOUR);
        StoryHandoff h = b.values().stream().filter(o -> o.handoff() != null).map(StoryOutput::handoff)
                .findFirst().orElseThrow();
        b.context.resetForwards();
        return h;
    }

    static StoryAssigned bridge() {
        return StoryAssigned.of(BRIDGE, new StoryAssigner.Assignment("s-a", false, false, 0.5, List.of("s-b")));
    }

    static StoryAssigned rewrite() {
        return StoryAssigned.of(REWRITE, new StoryAssigner.Assignment("s-a", false, false, 0.5, List.of()));
    }

    @Test
    void mergedStoryHandsOverItsMemoryAndCountsKeyedByTheStoryThatCarriesOn() {
        Task b = new Task();
        StoryHandoff h = twoStoriesThenMerge(b);
        assertThat(h.from()).isEqualTo("s-b");
        assertThat(h.into()).isEqualTo("s-a");
        assertThat(h.profile().articleCount()).isEqualTo(1);
        assertThat(h.memory().facts()).isNotEmpty();
    }

    @Test
    void storyComesOutTheSameWhicheverInputTopicIsReadFirst() {
        List<List<String>> runs = new ArrayList<>();
        for (int order = 0; order < 3; order++) {
            Task b = new Task();
            StoryHandoff h = twoStoriesThenMerge(b);
            Task a = new Task();
            a.feed(StoryAssigned.of(FOSSIL, new StoryAssigner.Assignment("s-a", true, false, 0, List.of())), T);
            switch (order) {
                case 0 -> { // handoff after the article that merged, before the next one
                    a.feed(bridge(), T + 2 * HOUR);
                    a.feed(StoryAssigned.handoff(h), T + 2 * HOUR);
                    a.feed(rewrite(), T + 3 * HOUR);
                }
                case 1 -> { // handoff first: it waits for its article
                    a.feed(StoryAssigned.handoff(h), T + 2 * HOUR);
                    a.feed(bridge(), T + 2 * HOUR);
                    a.feed(rewrite(), T + 3 * HOUR);
                }
                default -> { // handoff late: the story's next article waits behind the one that merged
                    a.feed(bridge(), T + 2 * HOUR);
                    a.feed(rewrite(), T + 3 * HOUR);
                    assertThat(a.values()).noneMatch(o -> o.article() != null && o.article().articleId().equals("bridge"));
                    a.feed(StoryAssigned.handoff(h), T + 2 * HOUR);
                }
            }
            List<StoryOutput> values = a.values();
            // the rewrite only repeats what the merged story said: no development
            assertThat(values).noneMatch(o -> o.alert() != null && o.alert().articleId().equals("rewrite"));
            assertThat(values).anyMatch(o -> o.alert() != null && o.alert().type() == AlertType.NEW_STORY);
            var last = values.stream().filter(o -> o.summary() != null).reduce((x, y) -> y).orElseThrow().summary();
            assertThat(last.storyId()).isEqualTo("s-a");
            assertThat(last.articleCount()).isEqualTo(4);
            runs.add(a.outputs());
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isEqualTo(runs.get(0));
    }

    @Test
    void outputsKeepTheHeadersOfTheRecordTheyCameFrom() {
        Task a = new Task();
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders()
                .add("wirewatch-seq", "a0/7".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StoryAssigned first = StoryAssigned.of(FOSSIL, new StoryAssigner.Assignment("s-a", true, false, 0, List.of()));
        a.processor.process(new Record<>(first.storyId(), first, T, headers));
        assertThat(a.context.forwarded()).isNotEmpty().allSatisfy(f ->
                assertThat(f.record().headers().lastHeader("wirewatch-seq").value()).asString().isEqualTo("a0/7"));
    }

    @Test
    void withoutTheHandoffTheRewriteWouldBeADevelopment() {
        // the same story, had the merged story's memory stayed on its partition (as before the handoff)
        Task a = new Task();
        a.feed(StoryAssigned.of(FOSSIL, new StoryAssigner.Assignment("s-a", true, false, 0, List.of())), T);
        a.feed(StoryAssigned.of(BRIDGE, new StoryAssigner.Assignment("s-a", false, false, 0.5, List.of())), T + 2 * HOUR);
        a.feed(rewrite(), T + 3 * HOUR);
        assertThat(a.values()).anyMatch(o -> o.alert() != null && o.alert().articleId().equals("rewrite")
                && o.alert().type() == AlertType.DEVELOPMENT);
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, id, "Outlet " + id, null, null, Instant.EPOCH, null, null, title, body, null, "en", null,
                TextNormalizer.fingerprint(body), 1, List.of(), List.of(), null);
    }
}
