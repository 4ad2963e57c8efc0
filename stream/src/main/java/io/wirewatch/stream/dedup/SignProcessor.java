package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/** Computes the MinHash signature of each article (stateless), keeping the record timestamp for ordering. */
public final class SignProcessor extends ContextualProcessor<String, Article, String, Signed> {
    private final MinHasher hasher;
    private final int minShingles;

    public SignProcessor(MinHasher hasher, int minShingles) {
        this.hasher = hasher;
        this.minShingles = minShingles;
    }

    @Override
    public void process(Record<String, Article> record) {
        context().forward(record.withValue(Signed.of(record.value(), hasher, minShingles, record.timestamp())));
    }
}
