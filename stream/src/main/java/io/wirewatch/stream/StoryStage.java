package io.wirewatch.stream;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Ids;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.story.StoryConfig;
import io.wirewatch.stream.story.StoryEmbedder;
import io.wirewatch.stream.story.StoryInput;
import io.wirewatch.stream.story.StoryOutput;
import io.wirewatch.stream.story.StoryAssignProcessor;
import io.wirewatch.stream.story.StoryAssigned;
import io.wirewatch.stream.story.StoryDevelopProcessor;
import io.wirewatch.stream.story.StoryHandoff;
import io.wirewatch.stream.story.StorySettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import io.wirewatch.stream.subscribe.AlertWithArticle;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Stories and alerts, in two steps.
 * <ol>
 *   <li><b>Assign</b> ({@link StoryAssignProcessor}): enriched articles (keyed by article id) and the copies
 *       on {@code wirewatch.duplicates} (read back so stories count them) go through the named repartition
 *       {@code <app>-story-by-index-repartition}, one key, ONE partition: each article is compared with every
 *       live story, in one order, so a story never splits between tasks that cannot see each other and a
 *       replay gives the same stories. Only the cheap part runs there: candidate lookup through an inverted
 *       index, cosine with at most 12 centroids, centroid update (stores {@code story-centroid-store},
 *       {@code story-index-store}, {@code story-article-store}, {@code story-df-store},
 *       {@code story-reorder-store}).</li>
 *   <li><b>Develop</b> ({@link StoryDevelopProcessor}): the decision goes on, keyed by story id, through
 *       {@code <app>-story-by-id-repartition} ({@code topic.partitions} partitions) to the story's own
 *       task, which judges what the article adds, raises the alert and updates the summary (stores
 *       {@code story-profile-store}, {@code story-memory-store}). This is the expensive part (sentences,
 *       facts, novelty against the story's memory) and it scales with partitions and instances.</li>
 *   <li><b>Handoff</b>: when an article merges story B into A, B's develop task sends B's memory and profile
 *       ({@link StoryHandoff}, key: A) to {@code <application.id>-story-handoff} ({@link #handoffTopic}, as many
 *       partitions as the story-by-id repartition, same key serde and partitioner), which the develop step
 *       reads merged with its input: A's task absorbs it before developing the article that merged (store
 *       {@code story-handoff-store} holds A's records until it arrives), so A knows what B said and counted.
 *       Streams does not create this topic ({@code StreamApp} does, before starting).</li>
 * </ol>
 * Output, all from the develop task, so under exactly_once_v2 they commit together: each article with its
 * {@code storyId} to {@code wirewatch.articles} (key: article id), each story's summary to the compacted
 * {@code wirewatch.stories} (key: story id), the returned alerts (key: story id) and merged stories' handoffs
 * to {@code <application.id>-story-handoff} (key: id of the story that carries on).
 * Inputs: enriched articles, {@code wirewatch.duplicates}, {@code <application.id>-story-handoff}.
 */
public final class StoryStage {
    /** The one key of the story repartition topic. */
    public static final String INDEX_KEY = "story-index";
    static final JsonSerde<StoryInput> STORY_INPUT = new JsonSerde<>(StoryInput.class);
    static final JsonSerde<StoryAssigned> STORY_ASSIGNED = new JsonSerde<>(StoryAssigned.class);
    public static final JsonSerde<StoryHandoff> STORY_HANDOFF = new JsonSerde<>(StoryHandoff.class);

    /**
     * The topic on which merged stories hand over to the story that carries on: {@code <application.id>-story-handoff},
     * one per application like the repartition topics, with {@code topic.partitions} partitions (as
     * {@code <app>-story-by-id-repartition}, so a story id lands on the same partition in both). Not an
     * internal topic of Streams, so it must exist before Streams starts ({@link #topics}).
     */
    public static String handoffTopic(Map<String, String> settings) {
        return new CommonConfig(settings).applicationId() + "-story-handoff";
    }

    /** The topics this stage reads that Streams does not create itself (created by {@link StreamApp}). */
    public static List<NewTopic> topics(Map<String, String> settings) {
        return List.of(TopicAdmin.newTopic(handoffTopic(settings), false, new CommonConfig(settings)));
    }

    /** Alerts only (keyed by story id). */
    public KStream<String, Alert> apply(KStream<String, Article> articles, StageContext ctx) {
        return applyWithArticles(articles, ctx).mapValues(AlertWithArticle::alert, Named.as("story-alert-only"));
    }

    /** Alerts with the article that raised them (keyed by story id), for matching subscriptions on the body. */
    public KStream<String, AlertWithArticle> applyWithArticles(KStream<String, Article> articles, StageContext ctx) {
        StoryConfig config = new StoryConfig(ctx.settings());
        StorySettings settings = config.settings();
        long reorderMs = config.reorderMs();
        StoryAssignProcessor.addStores(ctx.builder());
        StoryDevelopProcessor.addStores(ctx.builder());
        // the embedding is computed here, on every partition in parallel: the assign step after the repartition
        // runs on one partition and must stay cheap
        StoryEmbedder embedder = settings.embeddings() ? StoryEmbedder.loadOrExplain() : null;
        org.apache.kafka.streams.kstream.ValueMapper<Article, StoryInput> toInput =
                a -> embedder == null ? StoryInput.of(a) : StoryInput.of(a, embedder.embedOrNull(a),
                        settings.actionFloor() ? embedder.actionOrNull(a) : null);
        KStream<String, StoryInput> fromArticles = articles.mapValues(toInput, Named.as("story-input-article"));
        KStream<String, StoryInput> fromCopies = ctx.builder()
                .stream(Topics.DUPLICATES.name(), Consumed.with(Serdes.String(), WirewatchSerdes.DUPLICATE)
                        .withName("story-duplicates-source"))
                .filter((k, d) -> d != null, Named.as("story-duplicates-present"))
                .mapValues((Duplicate d) -> StoryInput.of(d), Named.as("story-input-duplicate"));
        // merged stories' handoffs come back to the develop step on the partition of the story that carries on
        String handoffTopic = handoffTopic(ctx.settings());
        KStream<String, StoryAssigned> handoffs = ctx.builder()
                .stream(handoffTopic, Consumed.with(Serdes.String(), STORY_HANDOFF).withName("story-handoff-source"))
                .filter((k, h) -> h != null, Named.as("story-handoff-present"))
                .mapValues(StoryAssigned::handoff, Named.as("story-input-handoff"));
        KStream<String, StoryOutput> out = fromArticles.merge(fromCopies, Named.as("story-inputs"))
                .selectKey((k, v) -> INDEX_KEY, Named.as("story-key-by-index"))
                .repartition(Repartitioned.<String, StoryInput>as("story-by-index")
                        .withKeySerde(Serdes.String()).withValueSerde(STORY_INPUT).withNumberOfPartitions(1))
                .process(() -> new StoryAssignProcessor(settings, reorderMs), Named.as("story-assign"),
                        StoryAssignProcessor.STORES)
                .repartition(Repartitioned.<String, StoryAssigned>as("story-by-id")
                        .withKeySerde(Serdes.String()).withValueSerde(STORY_ASSIGNED)
                        .withNumberOfPartitions(new CommonConfig(ctx.settings()).partitions()))
                .merge(handoffs, Named.as("story-develop-inputs"))
                .process(() -> new StoryDevelopProcessor(settings), Named.as("story-develop"),
                        StoryDevelopProcessor.STORES);
        // a cycle through repartition() cannot be expressed in the DSL: an explicit topic, written with the
        // default partitioner and String keys as the story-by-id repartition is, so key A lands on A's partition
        out.filter((k, o) -> o.handoff() != null, Named.as("story-handoffs"))
                .mapValues(StoryOutput::handoff, Named.as("story-handoff-unwrap"))
                .to(handoffTopic, Produced.with(Serdes.String(), STORY_HANDOFF).withName("story-handoff-sink"));
        out.filter((k, o) -> o.article() != null && o.alert() == null, Named.as("story-articles"))
                .mapValues(StoryOutput::article, Named.as("story-article-unwrap"))
                .to(Topics.ARTICLES.name(), Produced.with(Serdes.String(), WirewatchSerdes.ARTICLE)
                        .withName("articles-sink"));
        out.filter((k, o) -> o.summary() != null, Named.as("story-summaries"))
                .mapValues(StoryOutput::summary, Named.as("story-summary-unwrap"))
                .to(Topics.STORIES.name(), Produced.with(Serdes.String(), WirewatchSerdes.STORY_SUMMARY)
                        .withName("stories-sink"));
        return out.filter((k, o) -> o.alert() != null, Named.as("story-alerts"))
                .map((k, o) -> KeyValue.pair(o.alert().storyId(), new AlertWithArticle(o.alert(), o.article())),
                        Named.as("story-alert-unwrap"));
    }

    /** An alert for an article that already carries its story id; createdAt is the record time, never the clock. */
    public static Alert alert(Article a, AlertType type, List<String> whatsNew, Instant createdAt) {
        return new Alert(Ids.shortId("alert", a.articleId(), String.valueOf(a.revision()), type.name()), type,
                a.storyId(), a.articleId(), a.url(), a.title(), a.source(), a.publishedAt(), a.entities(),
                a.topics(), whatsNew, createdAt, null);
    }
}
