package io.wirewatch.stream.dedup;

/**
 * Similarity estimates from two sketches (b-bit MinHash with b = 8, Li and König 2010).
 * <p>Why containment of the <em>new</em> article: a copy with a new headline, footer and share
 * links, or with paragraphs cut, has most of its own shingles in the original even when Jaccard
 * drops to about 0.8 (or lower for a cut copy). The measure is directional on purpose: an article
 * that wraps a known wire story in substantial new reporting contains the old one (symmetric
 * overlap / min size would be ~1) but most of its own text is new, so it is not a duplicate and
 * goes on to story clustering as a possible development.
 */
public final class Similarity {
    /** Chance that two different 8-bit values agree by accident. */
    private static final double ACCIDENT = 1.0 / 256;

    private Similarity() {
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public static double jaccard(byte[] x, byte[] y) {
        int k = Math.min(x.length, y.length);
        if (k == 0) return 0;
        int same = 0;
        for (int i = 0; i < k; i++) {
            if (x[i] == y[i]) same++;
        }
        double raw = (double) same / k;
        return Math.max(0, Math.min(1, (raw - ACCIDENT) / (1 - ACCIDENT)));
    }

    /**
     * Estimated share of the new article's shingles that the old one has:
     * |A∩B| = J(|A|+|B|)/(1+J), divided by |B| (B new).
     */
    public static double containment(double jaccard, int newSize, int oldSize) {
        if (newSize <= 0) return 0;
        double intersection = jaccard * (newSize + oldSize) / (1 + jaccard);
        return Math.min(1, intersection / newSize);
    }
}
