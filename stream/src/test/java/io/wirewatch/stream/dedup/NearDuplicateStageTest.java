package io.wirewatch.stream.dedup;

import io.wirewatch.common.Ids;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.RawArticle;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-duplicate detection through the whole topology (TopologyTestDriver over WirewatchTopology). */
class NearDuplicateStageTest {
    private static final Instant T0 = Instant.parse("2026-06-27T08:00:00Z");
    private static final int BANDS = new NearDupConfig(Map.of()).bands();

    @TempDir
    Path stateDir;

    private TopologyHarness harness() {
        return new TopologyHarness(stateDir, Map.of());
    }

    private static String idOf(RawArticle r) {
        return Ids.articleId(Ids.canonicalUrl(r.url()), null);
    }

    @Test
    void dropsNearDuplicateFromOtherSource() {
        try (TopologyHarness h = harness()) {
            RawArticle original = Fixtures.seedArticle(2, T0);
            RawArticle copy = Fixtures.headerFile(Fixtures.SYNDICATED, T0.plusSeconds(3600));
            h.send(original);
            h.send(copy);

            List<KeyValue<String, Duplicate>> dups = h.duplicates();
            assertThat(dups).hasSize(1);
            Duplicate d = dups.get(0).value;
            assertThat(dups.get(0).key).isEqualTo(idOf(original));
            assertThat(d.duplicateOf()).isEqualTo(idOf(original));
            assertThat(d.articleId()).isEqualTo(idOf(copy));
            assertThat(d.kind()).isEqualTo("NEAR");
            assertThat(d.source()).isEqualTo("TechWire Daily");
            assertThat(d.similarity()).isGreaterThanOrEqualTo(0.6).isLessThan(1.0);
            assertThat(d.time()).isEqualTo(T0.plusSeconds(3600));

            assertThat(h.articles()).extracting(kv -> kv.key).containsExactly(idOf(original));
            assertThat(h.alerts()).extracting(kv -> kv.value.articleId()).containsExactly(idOf(original));
        }
    }

    @Test
    void replayOfSeedsAndSyndicatedCopyReportsOnlyTheCopyAsDuplicate() {
        try (TopologyHarness h = harness()) {
            // As ./wirewatch replay does: files in name order, fetched microseconds apart, and the
            // producer may stamp several records with the same millisecond.
            List<RawArticle> files = new ArrayList<>();
            for (int i = 0; i < 5; i++) files.add(Fixtures.seedArticle(i, T0.plusNanos(1_000L * i)));
            RawArticle copy = Fixtures.headerFile(Fixtures.SYNDICATED, T0.plusNanos(5_000));
            files.add(copy);
            files.forEach(f -> h.send(f, T0));

            List<KeyValue<String, Duplicate>> dups = h.duplicates();
            assertThat(dups).extracting(kv -> kv.value.articleId()).containsExactly(idOf(copy));
            assertThat(dups.get(0).value.duplicateOf()).isEqualTo(idOf(files.get(2)));
            assertThat(h.articles()).hasSize(5).extracting(kv -> kv.key).doesNotContain(idOf(copy));
            // How many alerts the seeds raise is the story stage's call; none may be for the copy.
            assertThat(h.alerts()).isNotEmpty().extracting(kv -> kv.value.articleId()).doesNotContain(idOf(copy));
        }
    }

    @Test
    void keepsDifferentArticleOnSameStory() {
        try (TopologyHarness h = harness()) {
            for (int i = 0; i < Fixtures.SEEDS.size(); i++) h.send(Fixtures.seedArticle(i, T0.plusSeconds(60L * i)));

            assertThat(h.duplicates()).isEmpty();
            assertThat(h.articles()).hasSize(5);
            assertThat(h.alerts()).isNotEmpty();
        }
    }

    @Test
    void keepsUpdateOfSameUrl() {
        try (TopologyHarness h = harness()) {
            RawArticle first = Fixtures.seedArticle(0, T0);
            List<String> paragraphs = Fixtures.paragraphs(first.body());
            List<String> changed = new ArrayList<>(paragraphs);
            changed.set(2, changed.get(2).replace("Washington", "Washington, where officials met on Tuesday,"));
            changed.add("Update, 14:05 GMT: A Commerce Department spokesperson said talks would resume next week.");
            RawArticle update = Fixtures.raw(first.url(), first.source(), first.title(),
                    String.join("\n\n", changed), T0.plusSeconds(7200), "update.txt");
            h.send(first);
            h.send(update);

            assertThat(h.duplicates()).isEmpty();
            List<KeyValue<String, Article>> out = h.articles();
            assertThat(out).extracting(kv -> kv.value.articleId()).containsExactly(idOf(first), idOf(first));
            assertThat(out).extracting(kv -> kv.value.revision()).containsExactly(1, 2);
        }
    }

    @Test
    void dropsEditedCopyWithParagraphsCut() {
        try (TopologyHarness h = harness()) {
            RawArticle original = Fixtures.seedArticle(3, T0);
            List<String> paragraphs = new ArrayList<>(Fixtures.paragraphs(original.body()));
            paragraphs.remove(paragraphs.size() - 2);
            paragraphs.remove(4);
            String edited = "Anthropic fights Washington over Mythos export order\n\n" + String.join("\n\n", paragraphs)
                    + "\n\nAdditional reporting by our correspondents. Follow us on LinkedIn for more AI policy news.";
            RawArticle copy = Fixtures.raw("https://aipolicy-brief.example/news/mythos-export-fight", "AI Policy Brief",
                    "Anthropic fights Washington", edited, T0.plusSeconds(900), "edited.txt");
            h.send(original);
            h.send(copy);

            assertThat(h.duplicates()).extracting(kv -> kv.value.duplicateOf()).containsExactly(idOf(original));
            assertThat(h.articles()).extracting(kv -> kv.key).containsExactly(idOf(original));
        }
    }

    @Test
    void keepsArticleThatWrapsKnownStoryInSubstantialNewReporting() {
        try (TopologyHarness h = harness()) {
            RawArticle wire = Fixtures.seedArticle(1, T0);
            // A later piece quoting the whole short wire story, then adding as much again of its own (seed 4).
            String extended = wire.body() + "\n\n" + Fixtures.seed(4);
            RawArticle longer = Fixtures.raw("https://example-analysis.example/mythos-deep-dive", "Analysis Weekly",
                    "Deep dive", extended, T0.plusSeconds(600), "extended.txt");
            h.send(wire);
            h.send(longer);

            assertThat(h.duplicates()).isEmpty();
            assertThat(h.articles()).hasSize(2);
        }
    }

    @Test
    void firstSeenWinsWhenCopiesArriveOutOfOrder() {
        try (TopologyHarness h = harness()) {
            RawArticle original = Fixtures.seedArticle(2, T0);
            RawArticle copy = Fixtures.headerFile(Fixtures.SYNDICATED, T0.plusSeconds(3600));
            // The copy is processed first but carries the later timestamp: neither may drop both,
            // and the later one must never be named as the original.
            h.send(copy);
            h.send(original);

            List<KeyValue<String, Duplicate>> dups = h.duplicates();
            assertThat(dups).allSatisfy(kv -> assertThat(kv.value.duplicateOf()).isEqualTo(idOf(original)));
            assertThat(h.articles()).extracting(kv -> kv.key).contains(idOf(original));
        }
    }

    @Test
    void catchesCopyThatRacedAheadOfItsOriginal() {
        try (TopologyHarness h = harness()) {
            RawArticle original = Fixtures.seedArticle(2, T0);
            RawArticle copy = Fixtures.headerFile(Fixtures.SYNDICATED, T0.plusSeconds(1));
            // The copy reaches every band before its (earlier) original, within the decision grace.
            h.pipe(copy, T0.plusSeconds(1));
            h.pipe(original, T0);
            h.settle();

            assertThat(h.duplicates()).extracting(kv -> kv.value.articleId(), kv -> kv.value.duplicateOf())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(idOf(copy), idOf(original)));
            assertThat(h.articles()).extracting(kv -> kv.key).containsExactly(idOf(original));
        }
    }

    @Test
    void remembersSketchesNotBodiesAndClearsPendingDecisions() {
        try (TopologyHarness h = harness()) {
            RawArticle original = Fixtures.seedArticle(2, T0);
            h.send(original);
            h.send(Fixtures.headerFile(Fixtures.SYNDICATED, T0.plusSeconds(3600)));
            h.send(Fixtures.seedArticle(4, T0.plusSeconds(7200)));

            KeyValueStore<String, BandEntry> bands = h.driver.getKeyValueStore(NearDupStores.BAND_STORE);
            KeyValueStore<String, String> expiry = h.driver.getKeyValueStore(NearDupStores.BAND_EXPIRY_STORE);
            Map<String, Integer> keysPerArticle = new HashMap<>();
            int indexed = 0;
            try (KeyValueIterator<String, BandEntry> it = bands.all()) {
                while (it.hasNext()) {
                    for (BandMember m : it.next().value.members()) {
                        assertThat(m.sketch()).hasSize(128);
                        keysPerArticle.merge(m.articleId(), 1, Integer::sum);
                    }
                }
            }
            try (KeyValueIterator<String, String> it = expiry.all()) {
                while (it.hasNext()) {
                    it.next();
                    indexed++;
                }
            }
            assertThat(indexed).isEqualTo(keysPerArticle.values().stream().mapToInt(Integer::intValue).sum());
            // The copy matched in every band it shared with the original, so it is remembered under fewer keys.
            assertThat(keysPerArticle.get(idOf(original))).isEqualTo(BANDS);
            assertThat(keysPerArticle.get(idOf(Fixtures.seedArticle(4, T0)))).isEqualTo(BANDS);
            assertThat(keysPerArticle.getOrDefault(idOf(Fixtures.headerFile(Fixtures.SYNDICATED, T0)), 0))
                    .isLessThan(BANDS);

            KeyValueStore<String, Article> pending = h.driver.getKeyValueStore(NearDupStores.PENDING_STORE);
            KeyValueStore<String, Votes> votes = h.driver.getKeyValueStore(NearDupStores.VOTES_STORE);
            assertThat(pending.approximateNumEntries()).isZero();
            try (KeyValueIterator<String, Votes> it = votes.all()) {
                assertThat(it.hasNext()).isFalse();
            }
        }
    }

    @Test
    void forgetsArticlesOlderThanRetention() {
        Map<String, String> settings = Map.of("neardup.retention.ms", String.valueOf(Duration.ofDays(1).toMillis()));
        try (TopologyHarness h = new TopologyHarness(stateDir, settings)) {
            h.send(Fixtures.seedArticle(2, T0));
            // Two days later: the original has left the index, so the copy is news again.
            h.send(Fixtures.seedArticle(0, T0.plus(Duration.ofDays(2))));
            h.send(Fixtures.headerFile(Fixtures.SYNDICATED, T0.plus(Duration.ofDays(2)).plusSeconds(60)));

            assertThat(h.duplicates()).isEmpty();
            KeyValueStore<String, BandEntry> bands = h.driver.getKeyValueStore(NearDupStores.BAND_STORE);
            try (KeyValueIterator<String, BandEntry> it = bands.all()) {
                while (it.hasNext()) {
                    assertThat(it.next().value.members()).extracting(BandMember::articleId)
                            .doesNotContain(idOf(Fixtures.seedArticle(2, T0)));
                }
            }
        }
    }

    @Test
    void decidesEveryArticleExactlyOnce() {
        try (TopologyHarness h = harness()) {
            List<RawArticle> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) sent.add(Fixtures.seedArticle(i, T0.plusSeconds(i)));
            sent.add(Fixtures.headerFile(Fixtures.SYNDICATED, T0.plusSeconds(100)));
            sent.forEach(h::send);

            Set<String> accepted = h.articles().stream().map(kv -> kv.key).collect(Collectors.toSet());
            Set<String> dropped = h.duplicates().stream().map(kv -> kv.value.articleId()).collect(Collectors.toSet());
            assertThat(accepted).hasSize(5).doesNotContainAnyElementsOf(dropped);
            assertThat(dropped).hasSize(1);
            List<Alert> alerts = h.alerts().stream().map(kv -> kv.value).toList();
            assertThat(alerts).extracting(Alert::articleId).doesNotContainAnyElementsOf(dropped);
        }
    }

    @Test
    void shortItemsSkipNearDupButStillPass() {
        try (TopologyHarness h = harness()) {
            h.send(Fixtures.raw("https://a.example/1", "A", "Brief", "Anthropic talks stall.", T0, "a"));
            h.send(Fixtures.raw("https://b.example/1", "B", "Brief", "Anthropic talks stall again.", T0.plusSeconds(5), "b"));

            assertThat(h.duplicates()).isEmpty();
            assertThat(h.articles()).hasSize(2);
        }
    }
}
