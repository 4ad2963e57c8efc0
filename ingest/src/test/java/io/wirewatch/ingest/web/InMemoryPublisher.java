package io.wirewatch.ingest.web;

import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.ingest.RawArticlePublisher;

import java.util.ArrayList;
import java.util.List;

/** Collects what the ingester publishes; thread-safe like the Kafka publisher. */
final class InMemoryPublisher implements RawArticlePublisher {
    final List<RawArticle> articles = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();

    @Override
    public synchronized void publish(RawArticle article) {
        articles.add(article);
    }

    @Override
    public synchronized void deadLetter(DeadLetter deadLetter) {
        deadLetters.add(deadLetter);
    }

    synchronized List<RawArticle> articles() {
        return List.copyOf(articles);
    }

    synchronized void clear() {
        articles.clear();
        deadLetters.clear();
    }
}
