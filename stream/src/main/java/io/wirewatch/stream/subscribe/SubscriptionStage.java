package io.wirewatch.stream.subscribe;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.query.MatchView;
import io.wirewatch.common.query.SubscriptionIndex;
import io.wirewatch.common.query.TopicHierarchy;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.StageContext;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Routes every alert to the subscriptions whose query it matches.
 * <ul>
 *   <li>Reads {@code wirewatch.subscriptions} into the global store {@value #STORE} (in memory, rebuilt
 *       from the compacted topic at start); a new, changed or deleted subscription applies to the next
 *       alert, without a restart.</li>
 *   <li>Matches with a {@link SubscriptionIndex}: queries are compiled once per change and indexed by the
 *       words, entities and topics they require, so the cost per alert follows the alert's keys rather
 *       than the number of subscriptions.</li>
 *   <li>Writes each match to {@code wirewatch.alerts.<id>} ({@link Topics#alertsFor(String)}; created by
 *       {@code SubscriptionAdmin} before the subscription is published), keyed by story id, with
 *       {@link Alert#subscriptionId()} set and the header {@value #HEADER}.</li>
 * </ul>
 * One instance per topology: the registry it holds is shared by that Streams instance's threads.
 */
public final class SubscriptionStage {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionStage.class);
    public static final String STORE = "subscriptions-global-store";
    public static final String HEADER = "wirewatch-subscription";

    private final TopicHierarchy hierarchy;
    private final SubscriptionRegistry registry = new SubscriptionRegistry();

    public SubscriptionStage(TopicHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * Loads the IPTC hierarchy from a classpath TSV ({@code qcode, parent_qcode, retired, label}); without
     * it topic queries still match a tag's own code and label, only not its descendants.
     */
    public static TopicHierarchy hierarchyFromClasspath(String resource) {
        try (InputStream in = SubscriptionStage.class.getResourceAsStream(resource)) {
            if (in == null) {
                log.warn("IPTC hierarchy {} not on the classpath: topic queries will not match descendants", resource);
                return TopicHierarchy.NONE;
            }
            return TopicHierarchy.fromTsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * Adds the global subscription store and the matching step; writes matched alerts to their
     * per-subscription topics and returns them (keyed by story id) for anything else downstream.
     */
    public KStream<String, Alert> apply(KStream<String, AlertWithArticle> alerts, StageContext ctx) {
        ctx.builder().addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(), // the compacted topic is the changelog
                Topics.SUBSCRIPTIONS.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("subscriptions"),
                () -> new SubscriptionLoader(registry));
        KStream<String, Alert> matched = alerts.process(() -> new Matcher(registry, hierarchy),
                Named.as("subscription-match"));
        matched.to((key, alert, recordContext) -> Topics.alertsFor(alert.subscriptionId()),
                Produced.with(Serdes.String(), WirewatchSerdes.ALERT).withName("subscription-alerts-sink"));
        return matched;
    }

    /** As {@link #apply(KStream, StageContext)} for alerts without their article (title and "what's new" only). */
    public KStream<String, Alert> applyToAlerts(KStream<String, Alert> alerts, StageContext ctx) {
        return apply(alerts.mapValues(a -> new AlertWithArticle(a, null), Named.as("subscription-wrap-alerts")), ctx);
    }

    /** One output record per matching subscription. */
    static final class Matcher extends ContextualProcessor<String, AlertWithArticle, String, Alert> {
        private final SubscriptionRegistry registry;
        private final TopicHierarchy hierarchy;

        Matcher(SubscriptionRegistry registry, TopicHierarchy hierarchy) {
            this.registry = registry;
            this.hierarchy = hierarchy;
        }

        @Override
        public void process(Record<String, AlertWithArticle> record) {
            SubscriptionIndex index = registry.index();
            if (index.size() == 0 || record.value() == null) return;
            Alert alert = record.value().alert();
            List<Subscription> hits = index.match(MatchView.of(record.value().matchable(), hierarchy), alert.type());
            for (Subscription s : hits) {
                RecordHeaders headers = new RecordHeaders(record.headers().toArray());
                headers.remove(HEADER);
                headers.add(HEADER, s.id().getBytes(StandardCharsets.UTF_8));
                context().forward(new Record<>(alert.storyId(), alert.forSubscription(s.id()), record.timestamp(), headers));
            }
        }
    }
}
