package io.wirewatch.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text normalisation shared by every stage, so that fingerprints computed anywhere agree.
 * Keeps paragraph breaks (blank lines) because extraction and development detection rely on them.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Unicode NFC, one kind of line break, no control characters, runs of spaces collapsed,
     * at most one blank line between paragraphs, trimmed. One pass over the characters (this runs on
     * every article; the regex version cost a regex rewrite of the whole body per rule).
     */
    public static String normalise(String text) {
        if (text == null) return "";
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int pendingNewlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                pendingNewlines++;
                pendingSpace = false;
            } else if (isHorizontalSpace(c)) {
                pendingSpace = true;
            } else if (Character.getType(c) == Character.CONTROL) {
                // dropped: control characters carry no text
            } else {
                if (out.length() > 0) {
                    if (pendingNewlines > 0) out.append(pendingNewlines > 1 ? "\n\n" : "\n");
                    else if (pendingSpace) out.append(' ');
                }
                pendingNewlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * The form fingerprints are computed on: NFKC, case-folded with {@link Locale#ROOT}, punctuation
     * and whitespace collapsed to single spaces. Two copies that differ only in layout, quotes or
     * case share it.
     */
    public static String fingerprintForm(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) out.append(' ');
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** SHA-256 (hex) of {@link #fingerprintForm(String)}. */
    public static String fingerprint(String text) {
        return Ids.sha256(fingerprintForm(text));
    }
}
