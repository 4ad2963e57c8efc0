package io.wirewatch.stream;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.dedup.BandMatchProcessor;
import io.wirewatch.stream.dedup.BandMatcher;
import io.wirewatch.stream.dedup.BandProbe;
import io.wirewatch.stream.dedup.DecideProcessor;
import io.wirewatch.stream.dedup.GatherMessage;
import io.wirewatch.stream.dedup.MinHasher;
import io.wirewatch.stream.dedup.NearDupConfig;
import io.wirewatch.stream.dedup.NearDupStores;
import io.wirewatch.stream.dedup.SignProcessor;
import io.wirewatch.stream.dedup.Signed;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Near-duplicate detection: word-shingle MinHash with LSH banding, partitioned by band key so that
 * copies on any input partition meet.
 * <ol>
 *   <li>{@code neardup-sign}: signature of each body (articles too short to compare go straight on).</li>
 *   <li>One probe per band, repartitioned by band key ({@code <app>-neardup-by-band-repartition});
 *       {@code neardup-band-match} compares it with the earlier articles under that key
 *       (store {@value NearDupStores#BAND_STORE} with its time index {@value NearDupStores#BAND_EXPIRY_STORE},
 *       bounded by {@code neardup.retention.ms}) and answers.</li>
 *   <li>The article and the band answers, repartitioned by article id
 *       ({@code <app>-neardup-by-article-repartition}); {@code neardup-decide} waits for all answers
 *       (stores {@value NearDupStores#PENDING_STORE}, {@value NearDupStores#VOTES_STORE}) and decides once.</li>
 * </ol>
 * Input: articles that survived exact dedup, keyed by article id. Output: the same minus near
 * copies, keyed by article id. Near copies are written to {@code wirewatch.duplicates}, keyed by the
 * first-seen article's id, kind NEAR. An update of the same URL (same article id) is never a
 * duplicate of its own earlier revision. Settings: {@link NearDupConfig}.
 */
public final class NearDuplicateStage implements ArticleStage {
    @Override
    public KStream<String, Article> apply(KStream<String, Article> articles, StageContext ctx) {
        NearDupConfig config = new NearDupConfig(ctx.settings());
        MinHasher hasher = config.minHasher();
        int minShingles = config.minShingles();
        BandMatcher matcher = new BandMatcher(config.threshold(), config.maxBandMembers());
        long pendingTimeout = config.pendingTimeoutMs();
        long grace = config.decisionGraceMs();
        long retention = config.retentionMs();
        ctx.builder().addStateStore(NearDupStores.bandStore());
        ctx.builder().addStateStore(NearDupStores.bandExpiryStore());
        ctx.builder().addStateStore(NearDupStores.pendingStore());
        ctx.builder().addStateStore(NearDupStores.votesStore());

        KStream<String, Signed> signed = articles.process(() -> new SignProcessor(hasher, minShingles),
                Named.as("neardup-sign"));
        KStream<String, Article> tooShort = signed
                .filter((k, s) -> !s.comparable(), Named.as("neardup-too-short"))
                .mapValues(Signed::article, Named.as("neardup-too-short-unwrap"));
        KStream<String, Signed> comparable = signed.filter((k, s) -> s.comparable(), Named.as("neardup-comparable"));

        KStream<String, GatherMessage> replies = comparable
                .flatMap((k, s) -> s.probes(hasher), Named.as("neardup-probes"))
                .repartition(Repartitioned.<String, BandProbe>as("neardup-by-band")
                        .withKeySerde(Serdes.String()).withValueSerde(NearDupStores.PROBE))
                .process(() -> new BandMatchProcessor(matcher, retention), Named.as("neardup-band-match"),
                        NearDupStores.BAND_STORE, NearDupStores.BAND_EXPIRY_STORE);
        KStream<String, GatherMessage> waiting = comparable.map(
                (k, s) -> KeyValue.pair(s.article().articleId(), GatherMessage.of(s.article(), hasher.bands())),
                Named.as("neardup-await"));

        KStream<String, Routed<Article>> decided = waiting.merge(replies, Named.as("neardup-gather"))
                .repartition(Repartitioned.<String, GatherMessage>as("neardup-by-article")
                        .withKeySerde(Serdes.String()).withValueSerde(NearDupStores.GATHER))
                .process(() -> new DecideProcessor(pendingTimeout, grace), Named.as("neardup-decide"),
                        NearDupStores.PENDING_STORE, NearDupStores.VOTES_STORE);
        decided.filter((k, r) -> r.isDuplicate(), Named.as("neardup-duplicates"))
                .map((k, r) -> KeyValue.pair(r.duplicate().duplicateOf(), r.duplicate()), Named.as("neardup-duplicate-out"))
                .to(Topics.DUPLICATES.name(), Produced.with(Serdes.String(), WirewatchSerdes.DUPLICATE)
                        .withName("neardup-duplicates-sink"));
        return decided
                .filter((k, r) -> r.isValue(), Named.as("neardup-passed"))
                .mapValues(Routed::value, Named.as("neardup-unwrap"))
                .merge(tooShort, Named.as("neardup-accepted"));
    }
}
