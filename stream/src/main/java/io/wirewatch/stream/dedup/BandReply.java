package io.wirewatch.stream.dedup;

import java.util.Objects;

/**
 * A band's answer to one probe, sent back to the article's partition. Carried inside
 * {@link GatherMessage} on {@code <app>-neardup-by-article-repartition}, keyed by article id.
 *
 * @param matchId     the earliest earlier article under this band key that contains the probe
 *                    above the threshold, or null
 * @param similarity  estimated containment of the probe in the match (0 without a match)
 * @param jaccard     estimated Jaccard similarity with the match (0 without a match)
 * @param matchSeenAt the match's timestamp (0 without a match)
 * @param matchFetchedMicros the match's fetch time in microseconds (0 without a match)
 * @param correction  true when this is not the band's answer to the article's own probe but a
 *                    later finding: an earlier article reached this band after it and contains it
 *                    (the two raced through the pipeline); not counted as an answer
 */
public record BandReply(String articleId, int revision, int band, int bands, String matchId, double similarity,
                        double jaccard, long matchSeenAt, long matchFetchedMicros,
                        boolean correction) {
    public BandReply {
        Objects.requireNonNull(articleId, "articleId");
        if (band < 0 || band >= bands) throw new IllegalArgumentException("band " + band + " of " + bands);
    }

    public static BandReply none(BandProbe p) {
        return new BandReply(p.articleId(), p.revision(), p.band(), p.bands(), null, 0, 0, 0, 0, false);
    }

    public boolean hasMatch() {
        return matchId != null;
    }
}
