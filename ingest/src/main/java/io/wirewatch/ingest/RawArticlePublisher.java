package io.wirewatch.ingest;

import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;

/**
 * Where ingest sends what it reads. The Kafka implementation writes {@code wirewatch.articles.raw}
 * and {@code wirewatch.deadletter}; tests use an in-memory one.
 */
public interface RawArticlePublisher {
    void publish(RawArticle article);

    void deadLetter(DeadLetter deadLetter);
}
