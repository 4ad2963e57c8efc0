package io.wirewatch.stream;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.TopicTag;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.stream.tag.EntityTagger;
import io.wirewatch.stream.tag.RuleBasedEntityTagger;
import io.wirewatch.stream.tag.TopicClassifier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Entity and IPTC Media Topic tagging: a stateless {@code mapValues} ("enrich-tag") that sets
 * {@link Article#entities()} and {@link Article#topics()}. Input and output: accepted articles keyed by
 * article id. An article the taggers fail on is written to {@code wirewatch.deadletter} with stage
 * {@value #STAGE} and the reason, and goes no further; the stream never stops on it.
 */
public final class EnrichStage implements ArticleStage {
    public static final String STAGE = "tag";
    /** Keeps records and alerts small: the most salient entities are enough to filter and scan by. */
    static final int MAX_ENTITIES = 40;
    /** Tag at most this much of a body: news is front-loaded, and it bounds the cost of a pathological record. */
    static final int MAX_TAGGED_CHARS = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(EnrichStage.class);

    private final EntityTagger tagger;
    private final TopicClassifier topics;

    /** The default, in-house taggers (lexicons and IPTC data load once, from the classpath). */
    public EnrichStage() {
        this(new RuleBasedEntityTagger(), new TopicClassifier());
    }

    public EnrichStage(EntityTagger tagger, TopicClassifier topics) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.topics = Objects.requireNonNull(topics, "topics");
    }

    @Override
    public KStream<String, Article> apply(KStream<String, Article> articles, StageContext ctx) {
        KStream<String, Routed<Article>> tagged = articles.mapValues(this::enrich, Named.as("enrich-tag"));
        tagged.filter((k, r) -> r.isDeadLetter(), Named.as("enrich-tag-failed"))
                .map((k, r) -> KeyValue.pair(r.deadLetter().input(), r.deadLetter()), Named.as("enrich-dead-letter"))
                .to(Topics.DEAD_LETTER.name(), Produced.with(Serdes.String(), WirewatchSerdes.DEAD_LETTER)
                        .withName("enrich-dead-letter-sink"));
        return tagged.filter((k, r) -> r.isValue(), Named.as("enrich-tag-passed"))
                .mapValues(Routed::value, Named.as("enrich-tag-unwrap"));
    }

    /** Pure apart from the taggers: the enriched article, or a dead letter saying why not. */
    Routed<Article> enrich(Article a) {
        try {
            String body = a.body().length() > MAX_TAGGED_CHARS ? a.body().substring(0, MAX_TAGGED_CHARS) : a.body();
            List<Entity> entities = tagger.tag(a.title(), body);
            if (entities.size() > MAX_ENTITIES) entities = entities.subList(0, MAX_ENTITIES);
            List<TopicTag> tags = topics.classify(a.title(), body);
            return Routed.of(a.withEntitiesAndTopics(entities, tags));
        } catch (RuntimeException | StackOverflowError e) {
            String reason = "tagging failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warn("Dead letter from {} (article {}): {}", a.input(), a.articleId(), reason);
            byte[] payload;
            try {
                payload = WirewatchSerdes.ARTICLE.serialize(Topics.ARTICLES.name(), a);
            } catch (RuntimeException serialise) {
                payload = null;
            }
            return Routed.dead(DeadLetter.of(a.input(), STAGE, reason, Instant.now(), payload));
        }
    }
}
