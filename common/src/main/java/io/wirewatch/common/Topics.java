package io.wirewatch.common;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every topic Wirewatch reads or writes, with its key and value serdes, in one place.
 * Topics are created explicitly at start-up ({@code TopicAdmin}); the broker never auto-creates them.
 */
public final class Topics {

    /** A topic, its serdes and whether it is compacted (a table) or deleted by retention (a log). */
    public record Spec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted,
                             String description) {
    }

    /** ingest → stream. Key: raw article id. Value: {@link RawArticle} JSON (read as bytes by stream). */
    public static final Spec<String, RawArticle> RAW = new Spec<>("wirewatch.articles.raw",
            Serdes.String(), WirewatchSerdes.RAW_ARTICLE, false,
            "Raw articles as ingested, before any processing");
    /** stream → consumers. Key: article id. Value: accepted, enriched {@link Article}. */
    public static final Spec<String, Article> ARTICLES = new Spec<>("wirewatch.articles",
            Serdes.String(), WirewatchSerdes.ARTICLE, false,
            "Accepted (non-duplicate) articles, normalised and enriched");
    /** stream → consumers. Key: the original's article id. Value: {@link Duplicate}. */
    public static final Spec<String, Duplicate> DUPLICATES = new Spec<>("wirewatch.duplicates",
            Serdes.String(), WirewatchSerdes.DUPLICATE, false,
            "Records recognised as exact or near copies of an accepted article");
    /** stream → sink. Key: story id. Value: {@link Alert}. */
    public static final Spec<String, Alert> ALERTS = new Spec<>("wirewatch.alerts",
            Serdes.String(), WirewatchSerdes.ALERT, false,
            "NEW_STORY and DEVELOPMENT alerts");
    /** stream → consumers. Key: story id. Value: the story's current {@link StorySummary} (compacted). */
    public static final Spec<String, StorySummary> STORIES = new Spec<>("wirewatch.stories",
            Serdes.String(), WirewatchSerdes.STORY_SUMMARY, true,
            "Current summary of each story: headline, counts, top entities, topics, timeline");
    /** any stage → operators. Key: input name. Value: {@link DeadLetter}. */
    public static final Spec<String, DeadLetter> DEAD_LETTER = new Spec<>("wirewatch.deadletter",
            Serdes.String(), WirewatchSerdes.DEAD_LETTER, false,
            "Records that could not be processed, with stage and reason");

    /** CLI → stream, sink. Key: subscription id. Value: {@link Subscription}; a tombstone deletes it. */
    public static final Spec<String, Subscription> SUBSCRIPTIONS = new Spec<>("wirewatch.subscriptions",
            Serdes.String(), WirewatchSerdes.SUBSCRIPTION, true,
            "Live subscriptions (compacted; a tombstone unsubscribes)");
    /** sink → operators. Key: alert id. Value: {@link DeadLetter} of an alert that could not be delivered. */
    public static final Spec<String, DeadLetter> DELIVERY_DEAD_LETTER = new Spec<>("wirewatch.deadletter.delivery",
            Serdes.String(), WirewatchSerdes.DEAD_LETTER, false,
            "Alerts whose webhook or file delivery failed after all retries, with the reason");

    /** The topics every deployment needs, in creation order. */
    public static final List<Spec<?, ?>> CORE = List.of(RAW, ARTICLES, DUPLICATES, ALERTS, STORIES, DEAD_LETTER,
            SUBSCRIPTIONS, DELIVERY_DEAD_LETTER);

    private static final Pattern LEGAL = Pattern.compile("[a-z0-9._-]+");

    private Topics() {
    }

    /** The alert topic of a subscription: {@code wirewatch.alerts.<id>}, created with the subscription. */
    public static String alertsFor(String subscriptionId) {
        return checkName(ALERTS.name() + "." + Subscription.checkId(subscriptionId));
    }

    /** Checks a topic name follows the convention: dot-separated, lower case. */
    public static String checkName(String name) {
        if (!LEGAL.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT)) || name.length() > 249) {
            throw new IllegalArgumentException("illegal topic name '" + name
                    + "': use lower-case letters, digits, '.', '_' or '-' (at most 249 characters)");
        }
        return name;
    }
}
