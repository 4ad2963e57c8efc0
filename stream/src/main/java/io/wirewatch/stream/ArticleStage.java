package io.wirewatch.stream;

import io.wirewatch.common.model.Article;
import org.apache.kafka.streams.kstream.KStream;

/**
 * One step of the topology between exact dedup and alerting. A stage returns the articles that go
 * on; it writes what it drops itself (duplicates to {@code wirewatch.duplicates}, failures to
 * {@code wirewatch.deadletter}), so every record ends up accepted, duplicate or dead-lettered.
 * Every processor, store and repartition a stage adds must be named.
 */
public interface ArticleStage {
    KStream<String, Article> apply(KStream<String, Article> articles, StageContext ctx);
}
