package io.wirewatch.common.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one folding used on both sides of a match, so a query and an article always agree: Unicode NFKC,
 * {@link Locale#ROOT} lower case, words = maximal runs of letters and numbers ({@code \p{L}\p{N}});
 * everything else separates words, except combining marks, which are dropped (so the dotted capital I
 * of "İstanbul", which lower-cases to i + U+0307, still gives "istanbul"). "Amazon's" becomes the
 * tokens {@code amazon s}. A hand-written scanner rather than a regex: every alert's body goes through
 * here.
 */
public final class Text {
    private Text() {
    }

    /** The tokens joined by single spaces. */
    public static String fold(String s) {
        return String.join(" ", tokens(s));
    }

    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isEmpty()) return out;
        String t = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue; // dropped, not a boundary
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) out.add(word.toString());
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
