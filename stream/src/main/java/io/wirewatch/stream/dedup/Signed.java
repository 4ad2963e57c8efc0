package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article with its MinHash signature, between the signing processor and the split into probes.
 * Never serialised (it does not cross a topic). {@code signature} is null when the body is too short
 * to compare.
 */
public record Signed(Article article, Signature signature, long seenAt) {
    public Signed {
        Objects.requireNonNull(article, "article");
    }

    public static Signed of(Article article, MinHasher hasher, int minShingles, long seenAt) {
        long[] shingles = hasher.shingler().shingles(article.body());
        Signature sig = shingles.length < minShingles ? null : hasher.sign(shingles);
        return new Signed(article, sig, seenAt);
    }

    public boolean comparable() {
        return signature != null;
    }

    /** One probe per band, keyed by band key. */
    public List<org.apache.kafka.streams.KeyValue<String, BandProbe>> probes(MinHasher hasher) {
        byte[] sketch = signature.sketch();
        List<org.apache.kafka.streams.KeyValue<String, BandProbe>> out = new ArrayList<>(hasher.bands());
        for (int band = 0; band < hasher.bands(); band++) {
            out.add(org.apache.kafka.streams.KeyValue.pair(hasher.bandKey(signature, band),
                    new BandProbe(article.articleId(), article.revision(), seenAt,
                            NearDupOrder.micros(article.fetchedAt()), signature.shingles(), sketch,
                            band, hasher.bands())));
        }
        return out;
    }
}
