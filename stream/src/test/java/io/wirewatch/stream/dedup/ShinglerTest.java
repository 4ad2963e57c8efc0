package io.wirewatch.stream.dedup;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ShinglerTest {
    /** The definition, code point by code point: a word is a run of letters, digits and combining marks. */
    private static long[] referenceWordHashes(String text) {
        long[] out = new long[text.length() + 1];
        int n = 0;
        long h = 0xcbf29ce484222325L;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
                inWord = true;
            } else if (inWord) {
                out[n++] = Shingler.mix(h);
                h = 0xcbf29ce484222325L;
                inWord = false;
            }
        }
        if (inWord) out[n++] = Shingler.mix(h);
        return Arrays.copyOf(out, n);
    }

    @Test
    void asciiFastPathHashesWordsExactlyAsTheCodePointDefinition() {
        // Stored sketches and band keys must not change: mixed ASCII, accents, Greek, CJK,
        // surrogate pairs, digits, punctuation and layout.
        String alphabet = "abcXYZ09 .,;:'\"-\n\t_@#ÄäÉéßΣσ中文𝐀😀İıकि्";
        SplittableRandom random = new SplittableRandom(42);
        for (int t = 0; t < 2_000; t++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(0, 80);
            for (int k = 0; k < len; k++) {
                int at = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
                sb.appendCodePoint(alphabet.codePointAt(at));
            }
            String text = sb.toString();
            assertThat(Shingler.wordHashes(text)).as(text).containsExactly(referenceWordHashes(text));
        }
    }

    @Test
    void indicWordsAreWholeWordsWithTheirVowelSigns() {
        // Devanagari vowel signs and viramas are combining marks, not letters: without them a word was cut in three
        assertThat(Shingler.wordHashes("कानपुर में एक फर्नीचर कारखाने")).hasSize(5);
    }

    @Test
    void caseAndPunctuationDoNotChangeShingles() {
        Shingler s = new Shingler(3);
        assertThat(s.shingles("The Quick, brown fox — jumps!"))
                .containsExactly(s.shingles("the quick brown FOX jumps"));
        assertThat(s.shingles("one two three four")).hasSize(2);
    }
}
