package io.wirewatch.ingest.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JsoupArticleExtractorTest {
    private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

    private ExtractedArticle fixture() {
        return extractor.extract(Fixtures.bytes("/extraction/fixtures/newsarticle-authors-utm.html"),
                "text/html; charset=utf-8", "https://www.coastal-gazette.example/news/2019/11/20/harbour-bridge-reopens");
    }

    @Test
    void stripsTrackingParametersAndFragmentFromCanonicalUrl() {
        assertThat(fixture().canonicalUrl())
                .isEqualTo("https://www.coastal-gazette.example/news/2019/11/20/harbour-bridge-reopens?id=4411");
    }

    @Test
    void joinsJsonLdAuthorsIntoTheByline() {
        assertThat(fixture().byline()).isEqualTo("Priya Raman, Tom O'Neill");
    }

    @Test
    void keepsPublishedAndModifiedApartPreferringJsonLd() {
        ExtractedArticle a = fixture();
        assertThat(a.published()).isEqualTo(Instant.parse("2019-11-20T06:15:00Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2019-11-20T17:40:00Z"));
    }

    @Test
    void bodyKeepsParagraphsAndSubheadingsButNoPageFurniture() {
        ExtractedArticle a = fixture();
        assertThat(a.articleBody()).startsWith("The harbour bridge reopened to traffic")
                .contains("\n\nCommuters had faced detours")
                .contains("\n\nSpeed limit lowered\n\n")
                .endsWith("good to have it back.\"");
        assertThat(a.articleBody()).doesNotContain("Advertisement", "Share on", "cookies", "Council approves",
                "All rights reserved", "By Priya", "Home");
        assertThat(a.title()).isEqualTo("Harbour bridge reopens after six weeks of repairs");
        assertThat(a.siteName()).isEqualTo("The Coastal Gazette");
        assertThat(a.language()).isEqualTo("en");
    }

    private ExtractedArticle page(String id) {
        return extractor.extract(Fixtures.bytes("/extraction/html/" + id + ".html.gz"), null, null);
    }

    @Test
    void dropsTheLineThatRestatesTheBylineButKeepsTheBylineAsMetadata() {
        // real AP pages: the byline's own line sat above the dateline and became the lead of the new-story alert
        ExtractedArticle ap = page("eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72");
        assertThat(ap.byline()).isEqualTo("GREG BEACHAM, AP Sports Writer");
        assertThat(ap.articleBody()).startsWith("LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.")
                .doesNotContainIgnoringCase("Greg Beacham");
        ExtractedArticle two = page("a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a");
        assertThat(two.articleBody()).startsWith("COLUMBIA, S.C. (AP) — About a dozen black female small-business owners");
    }

    @Test
    void dropsACookieConsentBannerNamedByItsClass() {
        // a real Vox page: the banner (class "m-privacy-consent") stood above the article in the same container
        ExtractedArticle a = page("16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56");
        assertThat(a.articleBody()).doesNotContain("We use cookies", "I Accept")
                .startsWith("A policy to conserve water led to the rise of a major source of air pollution");
    }

    @Test
    void aOneWordBylineIsNoReasonToDropLinesThatHoldIt() {
        // the byline is the brand, and the recipe's ingredient lines name its products
        ExtractedArticle a = page("5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87");
        assertThat(a.byline()).isEqualTo("Beachbody");
        assertThat(a.articleBody()).contains("\n\nBeachbody Performance Energize\n\n");
    }

    @Test
    void dropsTimestampLinesButNotSentencesOrScoresWithNumbers() {
        ExtractedArticle a = page("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35");
        assertThat(a.articleBody()).doesNotContain("UPDATED: 11:05").startsWith("CHINA has sent troops to Hong Kong");
        assertThat(BodyExtractor.timestampLine("Nov. 20, 2019, 9:28 AM UTC")).isTrue();
        assertThat(BodyExtractor.timestampLine("November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm")).isTrue();
        assertThat(BodyExtractor.timestampLine("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)")).isTrue();
        assertThat(BodyExtractor.timestampLine("The plant closed in 2019 (it had opened in 1957)")).isFalse();
        assertThat(BodyExtractor.timestampLine("The council voted 7-2 on Nov. 19, 2019 to close it.")).isFalse();
        assertThat(BodyExtractor.timestampLine("Lakers 112, Thunder 107")).isFalse();
        assertThat(BodyExtractor.timestampLine("Doors open at 7:30 for the first of 12 concerts in 2020 at the hall"))
                .isFalse();
    }

    @Test
    void resolvesAuthorAndDatesInsideAYoastJsonLdGraph() {
        // A real WordPress page: dates on the WebPage node, author only as an @id reference to a Person.
        ExtractedArticle a = extractor.extract(Fixtures.bytes(
                "/extraction/html/0e014df693f182824fe5e24030ddbe1d0b96ddb9685cf20d5766457ed32ffa2d.html.gz"), null, null);
        assertThat(a.published()).isEqualTo(Instant.parse("2014-09-15T20:22:02Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2016-09-02T02:10:36Z"));
        assertThat(a.byline()).isEqualTo("Regan");
        assertThat(a.canonicalUrl())
                .isEqualTo("https://theantijunecleaver.com/2014/09/make-arrowhead-water-a-part-of-your-mountain-hike-survival-kit/");
        assertThat(a.url()).isEqualTo(a.canonicalUrl());
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void fallsBackToOpenGraphTimesAndUrlDate() {
        String html = """
                <html><head><meta property="article:published_time" content="2019-11-18T14:02:11-0500">
                <meta property="og:updated_time" content="2019-11-19 09:00:00"></head>
                <body><p>Short page.</p></body></html>""";
        ExtractedArticle a = extractor.extract(html, "https://example.org/a");
        assertThat(a.published()).isEqualTo(Instant.parse("2019-11-18T19:02:11Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2019-11-19T09:00:00Z"));

        ExtractedArticle fromUrl = extractor.extract("<html><body><p>x</p></body></html>",
                "https://news.example.com/2019/11/19/some-story/");
        assertThat(fromUrl.published()).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        assertThat(fromUrl.modified()).isNull();
    }

    @Test
    void ignoresPlaceholderDatesAndFallsBackToTheNextCandidate() {
        // a real USA Today page: its JSON-LD says "datePublished": "0001-01-01T00:00:00Z" (five benchmark pages
        // do); taken as the date, the story stage saw an article two thousand years older than its story
        ExtractedArticle real = page("776a1c046798b474e410f6edf3225d6a27fecd0de6aac22aef7b7f64fe87caaf");
        assertThat(real.published()).isAfter(Instant.parse("2019-11-18T00:00:00Z"))
                .isBefore(Instant.parse("2019-11-21T00:00:00Z"));

        String html = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"1970-01-01T00:00:00Z","dateModified":"0001-01-01T00:00:00Z"}</script></head>
                <body><p>Short page.</p></body></html>""";
        ExtractedArticle epoch = extractor.extract(html, "https://news.example.com/2019/11/19/some-story/");
        assertThat(epoch.published()).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        assertThat(epoch.modified()).isNull();
    }

    @Test
    void fallsBackToHtmlLangWhenTextIsTooShortToDetect() {
        ExtractedArticle a = extractor.extract("<html lang=\"pt-BR\"><body><p>Olá.</p></body></html>".getBytes(
                StandardCharsets.UTF_8), null, null);
        assertThat(a.language()).isEqualTo("pt");
    }

    @Test
    void emptyPageGivesEmptyBodyNotAnError() {
        ExtractedArticle a = extractor.extract("", null);
        assertThat(a.articleBody()).isEmpty();
        assertThat(a.published()).isNull();
    }

    @Test
    void pipelineDefaultIsThisExtractor() {
        assertThat(ArticleExtractor.defaultExtractor()).isInstanceOf(JsoupArticleExtractor.class);
    }
}
