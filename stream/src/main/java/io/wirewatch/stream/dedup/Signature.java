package io.wirewatch.stream.dedup;

import java.util.Objects;

/**
 * MinHash signature of one body: the number of distinct shingles and the minimum of each hash
 * function (unsigned 32-bit values stored in ints). Lives only inside one processor; what travels
 * and is stored is the one-byte-per-value {@link #sketch()}.
 */
public record Signature(int shingles, int[] mins) {
    public Signature {
        Objects.requireNonNull(mins, "mins");
        if (shingles < 0) throw new IllegalArgumentException("negative shingle count");
    }

    /** The low byte of every MinHash value: enough to estimate Jaccard similarity, 1 byte per value. */
    public byte[] sketch() {
        byte[] out = new byte[mins.length];
        for (int i = 0; i < mins.length; i++) out[i] = (byte) mins[i];
        return out;
    }
}
