package io.wirewatch.stream.dedup;

import java.util.Arrays;

/**
 * Turns a body into the set of its word shingles, each as a 64-bit hash. Words are runs of letters
 * and digits, lower-cased code point by code point (locale-independent, like {@code Locale.ROOT});
 * punctuation, quotes and layout do not count, so copies that differ only in typography agree.
 * Works on the text without building token strings, because this runs once per article on the hot path.
 */
public final class Shingler {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int size;

    public Shingler(int size) {
        if (size < 1) throw new IllegalArgumentException("shingle size must be >= 1, was " + size);
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Hashes of the words of the text, in order. */
    public static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            int cp;
            boolean letterOrDigit;
            if (ch < 128) {
                // ASCII fast path (most of most bodies), same result as the general branch below.
                i++;
                cp = ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
                letterOrDigit = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
                // a combining mark (an Indic vowel sign or virama) belongs to its word: "कानपुर" is one word, not three
                int type = Character.getType(cp);
                letterOrDigit = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
                if (letterOrDigit) cp = Character.toLowerCase(cp);
            }
            if (letterOrDigit) {
                h = (h ^ cp) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = mix(h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == out.length) out = Arrays.copyOf(out, n + 1);
            out[n++] = mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The distinct shingle hashes of the text, sorted. A text with fewer words than the shingle size
     * gives one shingle of all its words; an empty text gives none.
     */
    public long[] shingles(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) return new long[0];
        int width = Math.min(size, words.length);
        int count = words.length - width + 1;
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = 0; j < width; j++) {
                h = (h ^ words[i + j]) * GOLDEN;
                h ^= h >>> 29;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) out[distinct++] = out[i];
        }
        return Arrays.copyOf(out, distinct);
    }

    /** A strong 64-bit finaliser (SplitMix64), so MinHash sees well-spread values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
