package io.wirewatch.ingest.feed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private FeedParseResult parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), null, "https://news.example.com/feed");
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsRomeRss20SampleWithAllEntryFields() throws IOException {
        FeedParseResult r = parser.parse(resource("/feeds/rome/rome/src/test/data/rss_2.0.xml"), null, null);
        assertThat(r.ok()).isTrue();
        assertThat(r.feed().format()).isEqualTo(FeedFormat.RSS_20);
        assertThat(r.feed().entries()).hasSize(2);
        FeedEntry e = r.feed().entries().get(0);
        assertThat(e.title()).isEqualTo("rss_2.0.channel.item[0].title");
        assertThat(e.summary()).isEqualTo("rss_2.0.channel.item[0].description");
        assertThat(e.link()).endsWith("rss_2.0.channel.item[0].link");
        assertThat(e.guid()).isEqualTo("rss_2.0.channel.item[0].guid");
        assertThat(e.published()).isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
    }

    @Test
    void readsAtom10AndAtom03Samples() throws IOException {
        FeedParseResult a10 = parser.parse(resource("/feeds/rome/rome/src/test/data/atom_1.0.xml"), null, null);
        FeedParseResult a03 = parser.parse(resource("/feeds/rome/rome/src/test/data/atom_0.3.xml"), null, null);
        assertThat(a10.feed().format()).isEqualTo(FeedFormat.ATOM_10);
        assertThat(a03.feed().format()).isEqualTo(FeedFormat.ATOM_03);
        assertThat(a10.feed().entries()).isNotEmpty();
        assertThat(a03.feed().entries()).isNotEmpty();
        assertThat(a10.feed().entries().get(0).link()).startsWith("http");
        assertThat(a03.feed().entries().get(0).guid()).isNotBlank();
    }

    @Test
    void readsRss10And090AsRdf() throws IOException {
        assertThat(parser.parse(resource("/feeds/rome/rome/src/test/data/rss_1.0.xml"), null, null).feed().format())
                .isEqualTo(FeedFormat.RSS_10);
        FeedParseResult r090 = parser.parse(resource("/feeds/rome/rome/src/test/data/rss_0.9.xml"), null, null);
        assertThat(r090.feed().format()).isEqualTo(FeedFormat.RSS_090);
        assertThat(r090.feed().entries()).isNotEmpty();
    }

    @Test
    void readsJsonFeed() throws IOException {
        FeedParseResult r = parser.parse(resource("/feeds/feedparser/tests/json/example.json"), null, null);
        assertThat(r.ok()).isTrue();
        assertThat(r.feed().format()).isEqualTo(FeedFormat.JSON_FEED);
        assertThat(r.feed().title()).isEqualTo("My Example Feed");
        assertThat(r.feed().entries()).extracting(FeedEntry::link)
                .containsExactly("https://example.org/second-item", "https://example.org/initial-post");
        assertThat(r.feed().entries().get(1).authors()).containsExactly("you");
    }

    @Test
    void readsGoogleNewsSitemap() {
        FeedParseResult r = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example.com/2026/11/23/storm.html</loc>
                    <news:news><news:publication><news:name>Example Times</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2026-11-23T08:15:00+01:00</news:publication_date>
                      <news:title>Storm closes the harbour</news:title></news:news></url>
                  <url><loc>/about.html</loc><lastmod>2026-01-02</lastmod></url>
                </urlset>""");
        assertThat(r.feed().format()).isEqualTo(FeedFormat.SITEMAP);
        assertThat(r.feed().entries()).hasSize(2);
        FeedEntry news = r.feed().entries().get(0);
        assertThat(news.title()).isEqualTo("Storm closes the harbour");
        assertThat(news.published()).isEqualTo(Instant.parse("2026-11-23T07:15:00Z"));
        assertThat(r.feed().entries().get(1).link()).isEqualTo("https://news.example.com/about.html");
        assertThat(r.feed().entries().get(1).updated()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void readsSitemapIndexAsChildSitemaps() {
        FeedParseResult r = parse("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example.com/sitemap-news.xml</loc><lastmod>2026-11-23T10:00:00Z</lastmod></sitemap>
                  <sitemap><loc>https://news.example.com/sitemap-2025.xml</loc></sitemap>
                </sitemapindex>""");
        assertThat(r.feed().format()).isEqualTo(FeedFormat.SITEMAP_INDEX);
        assertThat(r.feed().format().isIndex()).isTrue();
        assertThat(r.feed().entries()).extracting(FeedEntry::link)
                .containsExactly("https://news.example.com/sitemap-news.xml", "https://news.example.com/sitemap-2025.xml");
    }

    @Test
    void neverExpandsExternalEntities() {
        FeedParseResult r = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title>
                <item><title>leak &xxe;</title><link>https://news.example.com/a</link></item></channel></rss>""");
        // Either refused as ill-formed or recovered without the entity: the file must never appear.
        if (r.ok()) {
            assertThat(r.feed().wellFormed()).isFalse();
            assertThat(r.feed().problem()).contains("xxe");
            assertThat(String.valueOf(r.feed().entries().get(0).title())).doesNotContain("root:");
        }
    }

    @Test
    void survivesBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"");
            for (int j = 0; j < 10; j++) dtd.append("&a").append(i - 1).append(';');
            dtd.append("\">");
        }
        dtd.append("]>");
        FeedParseResult r = parse(dtd + "<rss><channel><title>&a11;</title></channel></rss>");
        String title = r.ok() ? String.valueOf(r.feed().title()) : "";
        assertThat(title.length()).isLessThan(1000);
    }

    @Test
    void namesTheProblemOfABrokenDocument() {
        FeedParseResult r = parse("<html><body><p>Not a feed</p></body></html>");
        assertThat(r.ok()).isFalse();
        assertThat(r.errorKind()).isEqualTo(FeedParseResult.ErrorKind.NOT_A_FEED);
        assertThat(r.error()).contains("<html>");
        FeedParseResult empty = parser.parse(new byte[0], null, null);
        assertThat(empty.errorKind()).isEqualTo(FeedParseResult.ErrorKind.EMPTY);
        FeedParseResult json = parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [");
        assertThat(json.errorKind()).isEqualTo(FeedParseResult.ErrorKind.BAD_JSON);
        assertThat(json.error()).contains("line 1");
    }

    @Test
    void recoversEntriesFromFeedWithUndeclaredHtmlEntity() {
        FeedParseResult r = parse("""
                <rss version="2.0"><channel><title>Caf&eacute; news</title>
                <item><title>Prices&nbsp;rise</title><link>https://news.example.com/prices</link></item></channel></rss>""");
        assertThat(r.ok()).isTrue();
        assertThat(r.feed().wellFormed()).isFalse();
        assertThat(r.feed().problem()).contains("eacute");
        assertThat(r.feed().title()).isEqualTo("Café news");
        assertThat(r.feed().entries()).hasSize(1);
    }

    @Test
    void trustsTheXmlDeclarationOverAWrongHttpCharsetAndHonoursHttpWhenThereIsNone() {
        byte[] utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>Zürich – Ünïcode</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        FeedParseResult r = parser.parse(utf8, "iso-8859-1", null);
        assertThat(r.feed().title()).isEqualTo("Zürich – Ünïcode");
        assertThat(r.feed().wellFormed()).isTrue();
        byte[] latin = "<rss><channel><title>Zürich café</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
        FeedParseResult l = parser.parse(latin, "iso-8859-1", null);
        assertThat(l.feed().title()).isEqualTo("Zürich café");
        assertThat(l.feed().wellFormed()).isTrue();
        // no charset anywhere and not UTF-8: decoded, but flagged as a problem
        FeedParseResult guess = parser.parse(latin, null, null);
        assertThat(guess.feed().title()).isEqualTo("Zürich café");
        assertThat(guess.feed().problem()).contains("not valid UTF-8");
    }

    @Test
    void refusesDocumentsAboveTheSizeCap() {
        FeedParser small = new FeedParser(100, 10);
        FeedParseResult r = small.parse(new byte[101], null, null);
        assertThat(r.errorKind()).isEqualTo(FeedParseResult.ErrorKind.TOO_LARGE);
    }

    @Test
    void parsesTheUsualDateShapes() {
        assertThat(FeedDates.parse("Sun, 23 Nov 2026 08:15:00 GMT")).isEqualTo(Instant.parse("2026-11-23T08:15:00Z"));
        assertThat(FeedDates.parse("23 Nov 26 08:15 EST")).isEqualTo(Instant.parse("2026-11-23T13:15:00Z"));
        assertThat(FeedDates.parse("2026-11-23T08:15:00.123+02:00")).isEqualTo(Instant.parse("2026-11-23T06:15:00.123Z"));
        assertThat(FeedDates.parse("2026-11-23")).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(FeedDates.parse("20261123T081500Z")).isEqualTo(Instant.parse("2026-11-23T08:15:00Z"));
        assertThat(FeedDates.parse("not a date")).isNull();
        assertThat(FeedDates.parse("2026-13-45")).isNull();
    }
}
