package io.wirewatch.stream;

import io.wirewatch.common.Ids;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import java.time.Instant;
import java.util.List;

/**
 * Stories and alerts (placeholder until story clustering lands: every new article starts its own
 * story and raises NEW_STORY; updates raise nothing). Input: enriched articles keyed by article id.
 * Output: writes each article with its {@code storyId} to {@code wirewatch.articles} and returns
 * the alerts keyed by story id.
 */
public final class StoryStage {
    public KStream<String, Alert> apply(KStream<String, Article> articles, StageContext ctx) {
        KStream<String, Article> withStory = articles.mapValues(
                a -> a.storyId() != null ? a : a.withStoryId(Ids.shortId("story", a.articleId())),
                Named.as("story-assign"));
        withStory.to(Topics.ARTICLES.name(), Produced.with(Serdes.String(), WirewatchSerdes.ARTICLE)
                .withName("articles-sink"));
        return withStory
                .filter((k, a) -> a.revision() == 1, Named.as("story-first-revisions"))
                .map((k, a) -> KeyValue.pair(a.storyId(), alert(a, AlertType.NEW_STORY, List.of(lead(a.body())))),
                        Named.as("story-alerts"));
    }

    public static Alert alert(Article a, AlertType type, List<String> whatsNew) {
        return new Alert(Ids.shortId("alert", a.articleId(), String.valueOf(a.revision()), type.name()), type,
                a.storyId(), a.articleId(), a.url(), a.title(), a.source(), a.publishedAt(), a.entities(),
                a.topics(), whatsNew, Instant.now(), null);
    }

    static String lead(String body) {
        int end = body.indexOf("\n");
        String first = end > 0 ? body.substring(0, end) : body;
        return first.length() > 400 ? first.substring(0, 400) + "…" : first;
    }
}
