package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.stream.Routed;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs on the article's partition (input: {@code <app>-neardup-by-article-repartition}): holds the
 * article in {@value NearDupStores#PENDING_STORE} and counts its band answers in
 * {@value NearDupStores#VOTES_STORE}; when all answers and the article are there, makes the one
 * decision: a {@link Duplicate} (kind NEAR, duplicateOf = earliest matching article) or the article
 * goes on. Both entries are deleted then, so these stores only hold articles in flight. Answers and
 * article may arrive in any order.
 * <p>With {@code neardup.decision.grace.ms} > 0 a complete decision waits that long (wall clock)
 * for corrections: when a copy raced ahead of its original through the pipeline, the original's
 * probes find the copy already in the band store and report it, and the copy is still caught.
 */
public final class DecideProcessor extends ContextualProcessor<String, GatherMessage, String, Routed<Article>> {
    private static final Logger log = LoggerFactory.getLogger(DecideProcessor.class);

    private final long pendingTimeoutMs;
    private final long graceMs;
    private KeyValueStore<String, Article> pending;
    private KeyValueStore<String, Votes> votes;

    public DecideProcessor(long pendingTimeoutMs, long graceMs) {
        this.pendingTimeoutMs = pendingTimeoutMs;
        this.graceMs = graceMs;
    }

    @Override
    public void init(ProcessorContext<String, Routed<Article>> context) {
        super.init(context);
        pending = context.getStateStore(NearDupStores.PENDING_STORE);
        votes = context.getStateStore(NearDupStores.VOTES_STORE);
        long every = Math.max(1_000, Math.min(pendingTimeoutMs / 2, 60_000));
        context.schedule(Duration.ofMillis(every), PunctuationType.STREAM_TIME, this::expire);
        if (graceMs > 0) {
            context.schedule(Duration.ofMillis(Math.max(50, graceMs / 2)), PunctuationType.WALL_CLOCK_TIME,
                    this::decideSettled);
        }
    }

    @Override
    public void process(Record<String, GatherMessage> record) {
        GatherMessage m = record.value();
        String key = m.pendingKey();
        Votes v = votes.get(key);
        if (v == null && m.reply() != null && m.reply().correction()) {
            log.debug("Correction for {} arrived after its decision", key);
            return;
        }
        if (v == null) v = Votes.empty(m.bands(), record.timestamp(), context().currentSystemTimeMs());
        Article article = null;
        if (m.article() != null) {
            article = m.article();
            v = v.withArticle();
        } else {
            v = v.add(m.reply());
        }
        if (graceMs == 0 && v.complete() && v.articleHere()) {
            decide(key, article != null ? article : pending.get(key), v, record.timestamp());
        } else {
            if (article != null) pending.put(key, article);
            votes.put(key, v);
        }
    }

    private void decide(String key, Article article, Votes v, long time) {
        // put(key, null), not delete(key): delete reads and deserialises the old value to return it,
        // which for the pending article is a second JSON parse of the body, once per article.
        pending.put(key, null);
        votes.put(key, null);
        Routed<Article> out = v.hasMatch() ? Routed.duplicate(duplicate(article, v, time)) : Routed.of(article);
        context().forward(new Record<>(article.articleId(), out, time));
    }

    static Duplicate duplicate(Article a, Votes v, long time) {
        return new Duplicate(a.input(), a.articleId(), v.matchId(), "NEAR", v.similarity(), a.url(), a.source(),
                a.title(), Instant.ofEpochMilli(time));
    }

    /** Decides every complete article whose grace for corrections has passed. */
    private void decideSettled(long wallNow) {
        List<KeyValue<String, Votes>> ready = new ArrayList<>();
        try (KeyValueIterator<String, Votes> it = votes.all()) {
            while (it.hasNext()) {
                KeyValue<String, Votes> kv = it.next();
                Votes v = kv.value;
                if (v.complete() && v.articleHere() && v.arrivedWallMs() + graceMs <= wallNow) ready.add(kv);
            }
        }
        for (KeyValue<String, Votes> kv : ready) {
            Article article = pending.get(kv.key);
            if (article != null) decide(kv.key, article, kv.value, kv.value.firstArrival());
            else votes.delete(kv.key);
        }
    }

    /** Never loses an article: one whose answers did not all arrive in time is decided on what is there. */
    private void expire(long streamTime) {
        long cutoff = streamTime - pendingTimeoutMs;
        List<KeyValue<String, Votes>> stale = new ArrayList<>();
        try (KeyValueIterator<String, Votes> it = votes.all()) {
            while (it.hasNext()) {
                KeyValue<String, Votes> kv = it.next();
                if (kv.value.firstArrival() < cutoff) stale.add(kv);
            }
        }
        for (KeyValue<String, Votes> kv : stale) {
            Article article = pending.get(kv.key);
            log.warn("Near-dup decision for {} timed out with {} of {} band answers", kv.key,
                    kv.value.replies(), kv.value.bands());
            if (article != null) {
                decide(kv.key, article, kv.value, streamTime);
            } else {
                votes.delete(kv.key);
            }
        }
    }
}
