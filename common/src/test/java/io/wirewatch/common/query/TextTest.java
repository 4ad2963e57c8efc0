package io.wirewatch.common.query;

import io.wirewatch.common.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void splitsOnPunctuationAndFoldsCase() {
        assertThat(Text.tokens("Amazon’s CEO, Andy JASSY — said: “no”")).containsExactly("amazon", "s", "ceo", "andy", "jassy", "said", "no");
        assertThat(Text.tokens("covid-19 AT&T 10:30")).containsExactly("covid", "19", "at", "t", "10", "30");
        assertThat(Text.tokens("  ")).isEmpty();
    }

    @Test
    void compatibilityFormsAndCombiningMarksFold() {
        assertThat(Text.tokens("ﬁnance ＡＢＣ ①")).containsExactly("finance", "abc", "1");
        assertThat(Text.tokens("İSTANBUL")).containsExactly("istanbul");
        assertThat(Text.tokens("Cafe\u0301 café")).containsExactly("café", "café");
        assertThat(Text.tokens("Größe Straße")).containsExactly("größe", "straße");
    }

    @Test
    void agreesWithFingerprintFormOnTextWithoutCombiningMarks() {
        Random r = new Random(3);
        String alphabet = "abcXYZ 019-,.’“”\n\tàéÖß東京ﬁ①½";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertThat(Text.fold(sb.toString())).as(sb.toString()).isEqualTo(TextNormalizer.fingerprintForm(sb.toString()));
        }
    }
}
