package io.wirewatch.stream;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.subscribe.AlertWithArticle;
import io.wirewatch.stream.subscribe.SubscriptionStage;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

import org.apache.kafka.clients.admin.NewTopic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole Wirewatch topology, built by one pure method that {@code main} and the tests share.
 *
 * <pre>
 * wirewatch.articles.raw (bytes)
 *   → normalise            (bad records → wirewatch.deadletter)
 *   → exact dedup          (copies → wirewatch.duplicates)
 *   → near-duplicate dedup (near copies → wirewatch.duplicates)
 *   → enrich               (entities, IPTC topics)
 *   → stories              (→ wirewatch.articles with storyId)
 *   → alerts               (→ wirewatch.alerts)
 *   → subscriptions        (matched alerts → wirewatch.alerts.&lt;id&gt;; subscriptions read from
 *                           wirewatch.subscriptions into a global store)
 * </pre>
 * Every processor, store and repartition topic is named, so the topology can evolve without
 * renaming internal topics under running instances.
 */
public final class WirewatchTopology {
    /** The IPTC Media Topics table (qcode, parent, retired, label, definition) on the classpath. */
    public static final String IPTC_RESOURCE = "/tag/iptc/medtop-en-GB.tsv";

    private WirewatchTopology() {
    }

    public static Topology buildTopology(StreamsBuilder builder, Map<String, String> settings) {
        StageContext ctx = new StageContext(builder, settings);

        // Read raw bytes, not RawArticle: a record that does not parse must become a dead letter, not a crash.
        KStream<String, byte[]> raw = builder.stream(Topics.RAW.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-source"));

        KStream<String, Routed<Article>> normalised = raw.process(NormaliseProcessor::new, Named.as("normalise"));
        normalised.filter((k, r) -> r.isDeadLetter(), Named.as("normalise-failed"))
                .map((k, r) -> KeyValue.pair(r.deadLetter().input(), r.deadLetter()), Named.as("normalise-dead-letter"))
                .to(Topics.DEAD_LETTER.name(), Produced.with(Serdes.String(), WirewatchSerdes.DEAD_LETTER)
                        .withName("normalise-dead-letter-sink"));
        KStream<String, Article> articles = normalised
                .filter((k, r) -> r.isValue(), Named.as("normalise-passed"))
                .mapValues(Routed::value, Named.as("normalise-unwrap"));

        KStream<String, Article> unique = new ExactDedupStage().apply(articles, ctx);
        KStream<String, Article> novel = new NearDuplicateStage().apply(unique, ctx);
        KStream<String, Article> enriched = new EnrichStage().apply(novel, ctx);
        KStream<String, AlertWithArticle> alerts = new StoryStage().applyWithArticles(enriched, ctx);
        alerts.mapValues(AlertWithArticle::alert, Named.as("alerts-unwrap"))
                .to(Topics.ALERTS.name(), Produced.with(Serdes.String(), WirewatchSerdes.ALERT).withName("alerts-sink"));
        // Each alert, matched (title, body, entities, topics) against every live subscription, also goes to
        // wirewatch.alerts.<id>.
        new SubscriptionStage(SubscriptionStage.hierarchyFromClasspath(IPTC_RESOURCE)).apply(alerts, ctx);
        return builder.build();
    }

    /**
     * Topics the topology reads besides {@code Topics.CORE} that Streams does not create (it creates only its
     * internal repartition and changelog topics): they must exist before Streams starts, or it stops.
     */
    public static List<NewTopic> ownTopics(Map<String, String> settings) {
        return StoryStage.topics(settings);
    }

    /** Wraps {@link Normaliser} so the dead letter can name the topic, partition and offset. */
    static final class NormaliseProcessor extends ContextualProcessor<String, byte[], String, Routed<Article>> {
        @Override
        public void process(Record<String, byte[]> record) {
            String where = context().recordMetadata()
                    .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                    .orElse("raw");
            Routed<Article> r = Normaliser.normalise(record.key(), record.value(), where,
                    Instant.ofEpochMilli(record.timestamp()));
            DeadLetter dl = r.deadLetter();
            context().forward(record.withValue(r));
            if (dl != null) {
                org.slf4j.LoggerFactory.getLogger(WirewatchTopology.class)
                        .warn("Dead letter from {}: {}", dl.input(), dl.reason());
            }
        }
    }
}
