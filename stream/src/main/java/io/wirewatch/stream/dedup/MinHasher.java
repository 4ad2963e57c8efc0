package io.wirewatch.stream.dedup;

import java.util.SplittableRandom;

/**
 * Word-shingle MinHash (one-permutation hashing, see {@link #sign(long[])}) with fixed constants
 * drawn from a fixed seed, so signatures computed by any instance, at any time, agree.
 * The first {@code bands x rows} values also give the LSH band keys.
 */
public final class MinHasher {
    private static final long SEED = 0x5EED_D0D0_CAFE_F00DL;

    private final Shingler shingler;
    private final int bands;
    private final int rows;
    private final long[] a;
    private final long[] b;

    public MinHasher(int shingleSize, int signatureSize, int bands, int rows) {
        if (bands < 1 || rows < 1 || bands * rows > signatureSize) {
            throw new IllegalArgumentException("need 1 <= bands x rows <= signature size, got "
                    + bands + " x " + rows + " and " + signatureSize);
        }
        this.shingler = new Shingler(shingleSize);
        this.bands = bands;
        this.rows = rows;
        this.a = new long[signatureSize];
        this.b = new long[signatureSize];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < signatureSize; i++) {
            a[i] = random.nextLong() | 1L;
            b[i] = random.nextLong();
        }
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    public int signatureSize() {
        return a.length;
    }

    public Shingler shingler() {
        return shingler;
    }

    public Signature sign(String text) {
        return sign(shingler.shingles(text));
    }

    /**
     * Signature of a set of distinct (already well-mixed) shingle hashes by one-permutation hashing
     * with optimal densification (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle goes to
     * one of k bins by its high bits and keeps the minimum of its low 32 bits there; an empty bin
     * borrows the value of the first non-empty bin on its own fixed probe sequence. Two sets agree
     * in a bin with probability equal to their Jaccard similarity, as with k independent hash
     * functions, but the cost is O(shingles + k) instead of O(shingles x k).
     */
    public Signature sign(long[] shingles) {
        int k = a.length;
        long[] mins = new long[k];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (long x : shingles) {
            int bin = (int) (((x >>> 32) * k) >>> 32);
            long v = x & 0xffffffffL;
            if (v < mins[bin]) mins[bin] = v;
        }
        int[] out = new int[k];
        boolean any = shingles.length > 0;
        for (int i = 0; i < k; i++) {
            long v = mins[i];
            if (v == Long.MAX_VALUE && any) {
                // Optimal densification: a probe sequence that depends only on the bin, so every
                // set borrows from the same place.
                for (int attempt = 0; ; attempt++) {
                    long h = a[i] * (attempt + 1) + b[i];
                    h ^= h >>> 31;
                    int j = (int) (((h >>> 32) * k) >>> 32);
                    if (mins[j] != Long.MAX_VALUE) {
                        v = mins[j];
                        break;
                    }
                }
            }
            out[i] = (int) v;
        }
        return new Signature(shingles.length, out);
    }

    /** The key of one LSH band: band number and a hash of its rows, so bands never share keys. */
    public String bandKey(Signature s, int band) {
        long h = band;
        int from = band * rows;
        for (int j = 0; j < rows; j++) {
            h = Shingler.mix(h * 31 + (s.mins()[from + j] & 0xffffffffL));
        }
        return band + ":" + Long.toHexString(h);
    }
}
