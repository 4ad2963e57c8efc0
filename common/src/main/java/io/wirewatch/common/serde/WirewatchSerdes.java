package io.wirewatch.common.serde;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.model.Subscription;

/** One JSON serde per record type, passed explicitly wherever a topic is read or written. */
public final class WirewatchSerdes {
    public static final JsonSerde<RawArticle> RAW_ARTICLE = new JsonSerde<>(RawArticle.class);
    public static final JsonSerde<Article> ARTICLE = new JsonSerde<>(Article.class);
    public static final JsonSerde<Alert> ALERT = new JsonSerde<>(Alert.class);
    public static final JsonSerde<DeadLetter> DEAD_LETTER = new JsonSerde<>(DeadLetter.class);
    public static final JsonSerde<Duplicate> DUPLICATE = new JsonSerde<>(Duplicate.class);
    public static final JsonSerde<Subscription> SUBSCRIPTION = new JsonSerde<>(Subscription.class);
    public static final JsonSerde<StorySummary> STORY_SUMMARY = new JsonSerde<>(StorySummary.class);

    private WirewatchSerdes() {
    }
}
