package io.wirewatch.stream;

import io.wirewatch.common.model.Article;
import org.apache.kafka.streams.kstream.KStream;

/**
 * Entity and IPTC topic tagging (placeholder: passes everything on unchanged).
 * Input and output: accepted articles keyed by article id.
 */
public final class EnrichStage implements ArticleStage {
    @Override
    public KStream<String, Article> apply(KStream<String, Article> articles, StageContext ctx) {
        return articles;
    }
}
