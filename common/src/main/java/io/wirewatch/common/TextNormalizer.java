package io.wirewatch.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by every stage, so that fingerprints computed anywhere agree.
 * Keeps paragraph breaks (blank lines) because extraction and development detection rely on them.
 */
public final class TextNormalizer {
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\p{Zs}\\t\\x0B\\f\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    /**
     * Unicode NFC, one kind of line break, no control characters, runs of spaces collapsed,
     * at most one blank line between paragraphs, trimmed.
     */
    public static String normalise(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = LINE_BREAKS.matcher(s).replaceAll("\n");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = MANY_NEWLINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /**
     * The form fingerprints are computed on: NFKC, case-folded with {@link Locale#ROOT}, punctuation
     * and whitespace collapsed to single spaces. Two copies that differ only in layout, quotes or
     * case share it.
     */
    public static String fingerprintForm(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** SHA-256 (hex) of {@link #fingerprintForm(String)}. */
    public static String fingerprint(String text) {
        return Ids.sha256(fingerprintForm(text));
    }
}
