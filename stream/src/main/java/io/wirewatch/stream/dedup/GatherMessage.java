package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;

/**
 * What the deciding step receives, keyed by article id on the repartition topic
 * {@code <app>-neardup-by-article-repartition}: either the article itself (with the number of band
 * answers to wait for) or one band answer. Exactly one of {@code article} and {@code reply} is set.
 */
public record GatherMessage(Article article, BandReply reply, int bands) {
    public GatherMessage {
        if ((article == null) == (reply == null)) {
            throw new IllegalArgumentException("exactly one of article and reply must be set");
        }
        if (bands < 1) throw new IllegalArgumentException("bands must be >= 1");
    }

    public static GatherMessage of(Article article, int bands) {
        return new GatherMessage(article, null, bands);
    }

    public static GatherMessage of(BandReply reply) {
        return new GatherMessage(null, reply, reply.bands());
    }

    /** Key of the pending decision: one per article revision, so an update never mixes with its predecessor. */
    public String pendingKey() {
        return article != null ? pendingKey(article.articleId(), article.revision())
                : pendingKey(reply.articleId(), reply.revision());
    }

    public static String pendingKey(String articleId, int revision) {
        return articleId + "#" + revision;
    }
}
