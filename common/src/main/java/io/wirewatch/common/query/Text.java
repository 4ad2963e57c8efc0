package io.wirewatch.common.query;

import io.wirewatch.common.TextNormalizer;

import java.util.Arrays;
import java.util.List;

/**
 * The one folding used on both sides of a match, so a query and an article always agree: NFKC,
 * {@link java.util.Locale#ROOT} lower case, every run of non-letters/digits a single space
 * ({@link TextNormalizer#fingerprintForm(String)}). "Amazon's" becomes the tokens {@code amazon s}.
 */
public final class Text {
    private Text() {
    }

    public static String fold(String s) {
        return TextNormalizer.fingerprintForm(s);
    }

    public static List<String> tokens(String s) {
        String f = fold(s);
        return f.isEmpty() ? List.of() : Arrays.asList(f.split(" "));
    }
}
