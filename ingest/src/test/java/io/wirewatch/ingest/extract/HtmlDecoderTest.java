package io.wirewatch.ingest.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDecoderTest {

    @Test
    void detectsLatin1PageWithoutAnyCharsetDeclaration() {
        byte[] page = Fixtures.bytes("/extraction/fixtures/latin1-no-charset.html");
        HtmlDecoder.Decoded d = HtmlDecoder.decodeWithCharset(page, null);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("Le Café du Port").contains("Saint-Étienne").contains("— Tous droits");
    }

    @Test
    void extractsCafeFromLatin1BytesEndToEnd() {
        ExtractedArticle a = new JsoupArticleExtractor().extract(
                Fixtures.bytes("/extraction/fixtures/latin1-no-charset.html"), null, "http://littoral.example/cafe");
        assertThat(a.title()).isEqualTo("Le Café du Port rouvre ses portes");
        assertThat(a.articleBody()).contains("le Café du Port a rouvert").doesNotContain("\uFFFD").doesNotContain("Ã");
        assertThat(a.byline()).isEqualTo("Amélie Dupré");
        assertThat(a.language()).isEqualTo("fr");
    }

    @Test
    void readsUtf8BytesEvenWhenTheServerClaimsLatin1() {
        byte[] page = Fixtures.bytes("/extraction/fixtures/utf8-bytes.html");
        HtmlDecoder.Decoded d = HtmlDecoder.decodeWithCharset(page, "text/html; charset=ISO-8859-1");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("Café").doesNotContain("CafÃ©");
    }

    @Test
    void headerCharsetWinsOverDetection() {
        byte[] page = Fixtures.bytes("/extraction/fixtures/latin1-no-charset.html");
        HtmlDecoder.Decoded d = HtmlDecoder.decodeWithCharset(page, "text/html;charset=\"windows-1252\"");
        assertThat(d.source()).isEqualTo("header");
        assertThat(d.text()).contains("Café");
    }

    @Test
    void byteOrderMarkBeatsALyingMetaCharset() {
        byte[] page = Fixtures.bytes("/extraction/fixtures/bom-utf8-meta-lies.html");
        HtmlDecoder.Decoded d = HtmlDecoder.decodeWithCharset(page, null);
        assertThat(d.source()).isEqualTo("bom");
        assertThat(d.text()).startsWith("<!DOCTYPE").contains("Café");
    }

    @Test
    void usesHttpEquivCharsetForShiftJis() {
        byte[] page = Fixtures.bytes("/extraction/fixtures/shift-jis-http-equiv.html");
        HtmlDecoder.Decoded d = HtmlDecoder.decodeWithCharset(page, null);
        assertThat(d.charset().name()).isEqualTo("Shift_JIS");
        ExtractedArticle a = new JsoupArticleExtractor().extract(page, null, null);
        assertThat(a.articleBody()).contains("東京では明日");
        assertThat(a.title()).isEqualTo("東京の天気");
        assertThat(a.language()).isEqualTo("ja");
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertThat(HtmlDecoder.decode(new byte[0], null)).isEmpty();
    }
}
