package io.wirewatch.stream;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact duplicates and updates, in two keyed steps so it is correct whatever partition a copy lands on.
 * <ol>
 *   <li>By article id (repartition {@code <app>-exact-by-article-id-repartition}, store
 *       {@value #URL_STORE}): the same URL with the same fingerprint is a duplicate of itself; the same
 *       URL with another fingerprint is an <em>update</em> and gets the next revision.</li>
 *   <li>By fingerprint (repartition {@code <app>-exact-by-fingerprint-repartition}, store
 *       {@value #FINGERPRINT_STORE}): the same normalised body under another URL is a duplicate of
 *       the first article that had it.</li>
 * </ol>
 * Both stores forget entries not seen for {@code dedup.retention.ms} (stream time), so state is bounded.
 * Duplicates are written to {@code wirewatch.duplicates}; what goes on is keyed by article id.
 */
public final class ExactDedupStage implements ArticleStage {
    public static final String URL_STORE = "exact-dedup-url-store";
    public static final String FINGERPRINT_STORE = "exact-dedup-fingerprint-store";

    /** What the URL store remembers per article id. */
    public record UrlState(String fingerprint, int revision, long lastSeen) {
    }

    /** What the fingerprint store remembers per fingerprint. */
    public record FingerprintState(String articleId, long lastSeen) {
    }

    static final JsonSerde<UrlState> URL_STATE = new JsonSerde<>(UrlState.class);
    static final JsonSerde<FingerprintState> FP_STATE = new JsonSerde<>(FingerprintState.class);

    @Override
    public KStream<String, Article> apply(KStream<String, Article> articles, StageContext ctx) {
        StreamConfig config = new StreamConfig(ctx.settings());
        long retention = config.dedupRetentionMs();
        ctx.builder().addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(URL_STORE), Serdes.String(), URL_STATE));
        ctx.builder().addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(FINGERPRINT_STORE), Serdes.String(), FP_STATE));

        KStream<String, Routed<Article>> byUrl = articles
                .selectKey((k, a) -> a.articleId(), Named.as("exact-key-by-article-id"))
                .repartition(Repartitioned.<String, Article>as("exact-by-article-id")
                        .withKeySerde(Serdes.String()).withValueSerde(WirewatchSerdes.ARTICLE))
                .process(() -> new UrlDedup(retention), Named.as("exact-dedup-by-url"), URL_STORE);
        byUrl.filter((k, r) -> r.isDuplicate(), Named.as("exact-url-duplicates"))
                .map((k, r) -> KeyValue.pair(r.duplicate().duplicateOf(), r.duplicate()), Named.as("exact-url-duplicate-out"))
                .to(Topics.DUPLICATES.name(), Produced.with(Serdes.String(), WirewatchSerdes.DUPLICATE)
                        .withName("exact-url-duplicates-sink"));

        KStream<String, Routed<Article>> byFingerprint = byUrl
                .filter((k, r) -> r.isValue(), Named.as("exact-url-passed"))
                .map((k, r) -> KeyValue.pair(r.value().fingerprint(), r.value()), Named.as("exact-key-by-fingerprint"))
                .repartition(Repartitioned.<String, Article>as("exact-by-fingerprint")
                        .withKeySerde(Serdes.String()).withValueSerde(WirewatchSerdes.ARTICLE))
                .process(() -> new FingerprintDedup(retention), Named.as("exact-dedup-by-fingerprint"), FINGERPRINT_STORE);
        byFingerprint.filter((k, r) -> r.isDuplicate(), Named.as("exact-fingerprint-duplicates"))
                .map((k, r) -> KeyValue.pair(r.duplicate().duplicateOf(), r.duplicate()), Named.as("exact-fingerprint-duplicate-out"))
                .to(Topics.DUPLICATES.name(), Produced.with(Serdes.String(), WirewatchSerdes.DUPLICATE)
                        .withName("exact-fingerprint-duplicates-sink"));

        return byFingerprint
                .filter((k, r) -> r.isValue(), Named.as("exact-fingerprint-passed"))
                .map((k, r) -> KeyValue.pair(r.value().articleId(), r.value()), Named.as("exact-key-back-to-article-id"));
    }

    static Duplicate duplicate(Article a, String of, long time) {
        return new Duplicate(a.input(), a.articleId(), of, "EXACT", 1.0, a.url(), a.source(), a.title(),
                java.time.Instant.ofEpochMilli(time));
    }

    /** Deletes entries whose lastSeen is older than the retention, on stream time. */
    abstract static class Expiring<V> implements Processor<String, Article, String, Routed<Article>> {
        private final long retention;
        private final String storeName;
        protected KeyValueStore<String, V> store;
        protected ProcessorContext<String, Routed<Article>> context;

        Expiring(long retention, String storeName) {
            this.retention = retention;
            this.storeName = storeName;
        }

        abstract long lastSeen(V v);

        @Override
        public void init(ProcessorContext<String, Routed<Article>> context) {
            this.context = context;
            this.store = context.getStateStore(storeName);
            long every = Math.max(1_000, Math.min(retention / 10, Duration.ofHours(1).toMillis()));
            context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, this::expire);
        }

        private void expire(long streamTime) {
            long cutoff = streamTime - retention;
            List<String> old = new ArrayList<>();
            try (KeyValueIterator<String, V> it = store.all()) {
                while (it.hasNext()) {
                    KeyValue<String, V> kv = it.next();
                    if (lastSeen(kv.value) < cutoff) old.add(kv.key);
                }
            }
            old.forEach(store::delete);
        }
    }

    static final class UrlDedup extends Expiring<UrlState> {
        UrlDedup(long retention) {
            super(retention, URL_STORE);
        }

        @Override
        long lastSeen(UrlState v) {
            return v.lastSeen();
        }

        @Override
        public void process(Record<String, Article> record) {
            Article a = record.value();
            UrlState seen = store.get(a.articleId());
            if (seen != null && seen.fingerprint().equals(a.fingerprint())) {
                store.put(a.articleId(), new UrlState(seen.fingerprint(), seen.revision(), record.timestamp()));
                context.forward(record.withValue(Routed.duplicate(duplicate(a, a.articleId(), record.timestamp()))));
                return;
            }
            int revision = seen == null ? 1 : seen.revision() + 1;
            store.put(a.articleId(), new UrlState(a.fingerprint(), revision, record.timestamp()));
            Article next = revision == a.revision() ? a : new Article(a.articleId(), a.input(), a.source(), a.url(),
                    a.canonicalUrl(), a.fetchedAt(), a.publishedAt(), a.modifiedAt(), a.title(), a.body(), a.byline(),
                    a.language(), a.siteName(), a.fingerprint(), revision, a.entities(), a.topics(), a.storyId());
            context.forward(record.withValue(Routed.of(next)));
        }
    }

    static final class FingerprintDedup extends Expiring<FingerprintState> {
        FingerprintDedup(long retention) {
            super(retention, FINGERPRINT_STORE);
        }

        @Override
        long lastSeen(FingerprintState v) {
            return v.lastSeen();
        }

        @Override
        public void process(Record<String, Article> record) {
            Article a = record.value();
            FingerprintState seen = store.get(a.fingerprint());
            if (seen != null && !seen.articleId().equals(a.articleId())) {
                store.put(a.fingerprint(), new FingerprintState(seen.articleId(), record.timestamp()));
                context.forward(record.withValue(Routed.duplicate(duplicate(a, seen.articleId(), record.timestamp()))));
                return;
            }
            store.put(a.fingerprint(), new FingerprintState(a.articleId(), record.timestamp()));
            context.forward(record.withValue(Routed.of(a)));
        }
    }
}
