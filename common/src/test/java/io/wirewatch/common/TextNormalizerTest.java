package io.wirewatch.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    @Test
    void normaliseComposesUnicodeCollapsesSpacesAndKeepsParagraphs() {
        String decomposed = "Cafe\u0301  opens\u00A0today.\r\n\r\n\r\n\tSecond   paragraph.  ";
        assertThat(TextNormalizer.normalise(decomposed)).isEqualTo("Café opens today.\n\nSecond paragraph.");
    }

    @Test
    void fingerprintIgnoresCaseQuotesAndLayout() {
        String a = "“Anthropic” said:\n\nThe order is FINAL.";
        String b = "\"anthropic\" said: the order is final";
        assertThat(TextNormalizer.fingerprint(a)).isEqualTo(TextNormalizer.fingerprint(b));
        assertThat(TextNormalizer.fingerprint(a)).isNotEqualTo(TextNormalizer.fingerprint("The order is not final."));
    }

    @Test
    void fingerprintFoldsCaseWithRootLocaleNotTurkish() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(TextNormalizer.fingerprintForm("TITLE")).isEqualTo("title");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
