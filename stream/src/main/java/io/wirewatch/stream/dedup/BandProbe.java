package io.wirewatch.stream.dedup;

import java.util.Objects;

/**
 * One LSH band of one article, sent to the partition that owns the band key. Value of the
 * repartition topic {@code <app>-neardup-by-band-repartition}, keyed by the band key.
 *
 * @param seenAt   record timestamp of the article: with fetchedMicros and the id, the order that decides
 *                 which copy was first ({@link NearDupOrder})
 * @param shingles distinct shingles of the body (to turn Jaccard into containment)
 * @param sketch   low byte of every MinHash value
 * @param bands    how many probes the article sent, so the answers can be counted
 */
public record BandProbe(String articleId, int revision, long seenAt, long fetchedMicros, int shingles, byte[] sketch, int band,
                        int bands) {
    public BandProbe {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sketch, "sketch");
        if (band < 0 || band >= bands) throw new IllegalArgumentException("band " + band + " of " + bands);
        if (shingles < 1) throw new IllegalArgumentException("a probe needs at least one shingle");
    }

    public BandMember member() {
        return new BandMember(articleId, revision, seenAt, fetchedMicros, shingles, sketch);
    }
}
