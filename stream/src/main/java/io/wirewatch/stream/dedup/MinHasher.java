package io.wirewatch.stream.dedup;

import java.util.SplittableRandom;

/**
 * Word-shingle MinHash with fixed hash functions ({@code (a*x + b) >>> 32} with odd random
 * {@code a}, drawn from a fixed seed), so signatures computed by any instance, at any time, agree.
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

    /** Signature of a set of distinct shingle hashes. */
    public Signature sign(long[] shingles) {
        int k = a.length;
        long[] mins = new long[k];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < k; i++) {
                long v = (a[i] * x + b[i]) >>> 32;
                if (v < mins[i]) mins[i] = v;
            }
        }
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = (int) mins[i];
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
