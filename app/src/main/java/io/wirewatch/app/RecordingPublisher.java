package io.wirewatch.app;

import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.ingest.RawArticlePublisher;

import java.util.ArrayList;
import java.util.List;

/** Passes records on and remembers their inputs in order, so replay can report on each one. */
final class RecordingPublisher implements RawArticlePublisher {
    private final RawArticlePublisher delegate;
    final List<String> inputs = new ArrayList<>();
    int published;
    int deadLettered;

    RecordingPublisher(RawArticlePublisher delegate) {
        this.delegate = delegate;
    }

    @Override
    public void publish(RawArticle article) {
        delegate.publish(article);
        inputs.add(article.input());
        published++;
    }

    @Override
    public void deadLetter(DeadLetter deadLetter) {
        delegate.deadLetter(deadLetter);
        inputs.add(deadLetter.input());
        deadLettered++;
    }
}
