package io.wirewatch.ingest.web;

import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.ingest.extract.ArticleExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.wirewatch.ingest.web.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

/** A local feed server → WebIngester → in-memory publisher, across restarts and updates. */
class WebIngesterTest {
    private static final String EUROPA = "/web/pages/14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f.html.gz";
    private static final String SPACE = "/web/pages/c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4.html.gz";

    @TempDir
    Path stateDir;

    private LocalWebServer server;
    private final InMemoryPublisher publisher = new InMemoryPublisher();
    /** The feed's items, editable by the tests: guid → {title, link, description}. */
    private final Map<String, String[]> items = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile byte[] spacePage;

    @BeforeEach
    void start() throws IOException {
        server = new LocalWebServer();
        server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        byte[] europaGz = LocalWebServer.resource(EUROPA);
        server.route("/2026/europa-plumes", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", europaGz);
        });
        spacePage = LocalWebServer.gunzip(LocalWebServer.resource(SPACE));
        server.route("/2026/space-review", ex -> send(ex, 200, "text/html", spacePage));
        // /2026/missing is not routed: 404, so the feed's own content must be used
        items.put("urn:wirewatch:test:1", new String[]{"Water plumes over Europa", "/2026/europa-plumes", "NASA finds plumes."});
        items.put("urn:wirewatch:test:2", new String[]{"The Space Review", "/2026/space-review", "An essay on space policy."});
        items.put("urn:wirewatch:test:3", new String[]{"Harbour closed by storm", "/2026/missing",
                "<p>The harbour was closed on Monday after a storm surge.</p><p>Ferries were cancelled until further notice.</p>"});
        items.put("urn:wirewatch:test:4", new String[]{"Members only", "/private/members-story", "<p>Teaser only.</p>"});
        server.route("/feed.xml", ex -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + Ids.sha256(new String(body, StandardCharsets.UTF_8)).substring(0, 12) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                send(ex, 304, null, new byte[0]);
            } else {
                send(ex, 200, "application/rss+xml; charset=utf-8", body);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Local test wire</title><link>" + server.url("/") + "</link>");
        items.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append("<item><guid isPermaLink=\"false\">")
                .append(e.getKey()).append("</guid><title>").append(e.getValue()[0]).append("</title><link>")
                .append(server.url(e.getValue()[1])).append("</link><description><![CDATA[").append(e.getValue()[2])
                .append("]]></description><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>"));
        return sb.append("</channel></rss>").toString();
    }

    private WebIngester ingester(Object... overrides) throws IOException {
        WebIngester w = new WebIngester(WebTestConfig.config(overrides), stateDir, publisher, ArticleExtractor.defaultExtractor());
        w.addSource(Source.feed(server.url("/feed.xml")));
        return w;
    }

    private static Map<String, RawArticle> byGuid(List<RawArticle> list) {
        return list.stream().collect(Collectors.toMap(RawArticle::guid, a -> a));
    }

    @Test
    void publishesEachEntryOnceAcrossARestartAndRepublishesAnUpdateUnderTheSameId() throws Exception {
        Map<String, RawArticle> first;
        try (WebIngester w = ingester()) {
            WebIngester.PollReport report = w.pollAll();
            assertThat(report.published()).isEqualTo(4);
            first = byGuid(publisher.articles());
            assertThat(first).containsOnlyKeys("urn:wirewatch:test:1", "urn:wirewatch:test:2", "urn:wirewatch:test:3",
                    "urn:wirewatch:test:4");

            RawArticle europa = first.get("urn:wirewatch:test:1");
            assertThat(europa.format()).isEqualTo("page");
            assertThat(europa.input()).isEqualTo(server.url("/2026/europa-plumes"));
            assertThat(europa.body()).contains("Europa").hasSizeGreaterThan(500);
            assertThat(europa.source()).isEqualTo("127.0.0.1");
            assertThat(europa.id()).isEqualTo(Ids.articleId(europa.canonicalUrl(), TextNormalizer.fingerprint(europa.body())));

            RawArticle harbour = first.get("urn:wirewatch:test:3");
            assertThat(harbour.format()).isEqualTo("rss");
            assertThat(harbour.body()).isEqualTo("The harbour was closed on Monday after a storm surge.\n\n"
                    + "Ferries were cancelled until further notice.");
            assertThat(harbour.title()).isEqualTo("Harbour closed by storm");
            assertThat(harbour.publishedAt()).isNotNull();
            // robots.txt disallows the fourth entry's page: never fetched, the feed's teaser is used instead
            assertThat(server.hits("/private/members-story")).isZero();
            assertThat(first.get("urn:wirewatch:test:4").format()).isEqualTo("rss");
            assertThat(first.get("urn:wirewatch:test:4").body()).isEqualTo("Teaser only.");

            int pageHits = server.hits("/2026/europa-plumes");
            assertThat(w.pollAll().published()).isZero();
            assertThat(notModified.get()).isEqualTo(1);
            assertThat(server.hits("/2026/europa-plumes")).isEqualTo(pageHits);
        }

        publisher.clear();
        try (WebIngester restarted = ingester()) {
            WebIngester.PollReport again = restarted.pollAll();
            assertThat(again.published() + again.updated()).isZero();
            assertThat(publisher.articles()).isEmpty();
            assertThat(notModified.get()).as("validators survived the restart").isEqualTo(2);

            // The harbour entry's content changes: republished as an update with the same id.
            items.put("urn:wirewatch:test:3", new String[]{"Harbour reopens after storm", "/2026/missing",
                    "<p>The harbour reopened on Tuesday.</p><p>Ferries run again.</p>"});
            WebIngester.PollReport update = restarted.pollAll();
            assertThat(update.updated()).isEqualTo(1);
            assertThat(update.published()).isZero();
            RawArticle updated = publisher.articles().get(0);
            assertThat(updated.id()).isEqualTo(first.get("urn:wirewatch:test:3").id());
            assertThat(updated.title()).isEqualTo("Harbour reopens after storm");
            assertThat(updated.body()).contains("reopened on Tuesday");

            // The space page changes and the feed moves it to a new GUID: same page, so same id.
            publisher.clear();
            String[] space = items.remove("urn:wirewatch:test:2");
            items.put("urn:wirewatch:test:2-v2", new String[]{space[0], space[1], "An essay on space policy, updated."});
            spacePage = new String(spacePage, StandardCharsets.UTF_8)
                    .replaceFirst("<p>", "<p>Correction: an earlier version misstated the launch date. </p><p>")
                    .getBytes(StandardCharsets.UTF_8);
            WebIngester.PollReport moved = restarted.pollAll();
            assertThat(moved.updated()).isEqualTo(1);
            RawArticle spaceUpdate = publisher.articles().get(0);
            assertThat(spaceUpdate.id()).isEqualTo(first.get("urn:wirewatch:test:2").id());
            assertThat(spaceUpdate.guid()).isEqualTo("urn:wirewatch:test:2-v2");
            assertThat(spaceUpdate.body()).contains("Correction");
        }
    }

    @Test
    void aNewGuidForAnUnchangedPageIsNotPublishedAgain() throws Exception {
        try (WebIngester w = ingester()) {
            w.pollAll();
            String id = byGuid(publisher.articles()).get("urn:wirewatch:test:1").id();
            publisher.clear();
            String[] europa = items.remove("urn:wirewatch:test:1");
            items.put("urn:wirewatch:test:1-renamed", europa);
            assertThat(w.pollAll().published()).isZero();
            assertThat(publisher.articles()).isEmpty();
            // and the article is still known under its old id for a later real update
            assertThat(w.rememberedArticles()).isEqualTo(4);
            assertThat(id).isNotBlank();
        }
    }

    @Test
    void usesFeedContentWhenPagesAreNotFetched() throws Exception {
        try (WebIngester w = ingester(WebIngestConfig.FETCH_PAGES, false)) {
            w.pollAll();
            assertThat(publisher.articles()).extracting(RawArticle::format).containsOnly("rss");
            assertThat(publisher.articles()).hasSize(4);
            assertThat(server.hits("/2026/europa-plumes")).isZero();
        }
    }

    @Test
    void anArticleTooLargeForOneRecordIsDeadLetteredOncePerVersion() throws Exception {
        // feed content of 600 KB: more text than a Kafka record may carry (RawArticle.MAX_BODY_BYTES)
        items.put("urn:wirewatch:test:5", new String[]{"Endless page", "/2026/missing-too",
                "<p>" + "The council met again and talked at length. ".repeat(14_000) + "</p>"});
        try (WebIngester w = ingester(WebIngestConfig.FETCH_PAGES, false)) {
            WebIngester.PollReport first = w.pollAll();
            assertThat(first.published()).isEqualTo(4);
            assertThat(publisher.articles()).extracting(RawArticle::title).doesNotContain("Endless page");
            assertThat(publisher.deadLetters).singleElement().satisfies(d -> {
                assertThat(d.input()).endsWith("/2026/missing-too");
                assertThat(d.reason()).contains("over the limit of 524288 for one record");
            });
            items.put("urn:wirewatch:test:6", new String[]{"Harbour reopens", "/2026/missing-three",
                    "<p>The harbour reopened on Wednesday after the storm surge receded.</p>"});
            w.pollAll();
            // the unchanged page is not dead-lettered again on the next poll
            assertThat(publisher.deadLetters).hasSize(1);
            assertThat(publisher.articles()).extracting(RawArticle::title).contains("Harbour reopens");
        }
    }

    @Test
    void followsASitemapIndexToAGoogleNewsSitemap() throws Exception {
        server.text("/sitemap-index.xml", "application/xml", """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc><lastmod>2026-11-23T08:00:00Z</lastmod></sitemap>
                </sitemapindex>""".formatted(server.url("/sitemap-news.xml")));
        server.text("/sitemap-news.xml", "application/xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s</loc><news:news><news:publication><news:name>Science Alert</news:name><news:language>en</news:language>
                  </news:publication><news:publication_date>2026-11-23T07:00:00Z</news:publication_date>
                  <news:title>Plumes on Europa</news:title></news:news></url>
                </urlset>""".formatted(server.url("/2026/europa-plumes")));
        try (WebIngester w = new WebIngester(WebTestConfig.config(), stateDir, publisher, ArticleExtractor.defaultExtractor())) {
            w.addSource(new Source(Source.Type.SITEMAP, server.url("/sitemap-index.xml"), null, "Science Alert"));
            assertThat(w.pollAll().published()).isEqualTo(1);
            RawArticle a = publisher.articles().get(0);
            assertThat(a.format()).isEqualTo("page");
            assertThat(a.source()).isEqualTo("Science Alert");
            assertThat(a.body()).contains("Europa");
            assertThat(w.pollAll().published()).isZero();
        }
    }

    @Test
    void readsSourcesFromTheSourcesFileAndPollsAPageSource() throws Exception {
        Path file = stateDir.resolveSibling(stateDir.getFileName() + "-sources.txt");
        Files.writeString(file, "# test sources\npage " + server.url("/2026/space-review") + " 5m The Space Review\n");
        try (WebIngester w = new WebIngester(WebTestConfig.config(WebIngestConfig.SOURCES_FILE, file.toString()),
                stateDir, publisher, ArticleExtractor.defaultExtractor())) {
            assertThat(w.sources()).hasSize(1);
            assertThat(w.pollDue().published()).isEqualTo(1);
            assertThat(publisher.articles().get(0).source()).isEqualTo("The Space Review");
            assertThat(publisher.articles().get(0).format()).isEqualTo("page");
            // not due again for minutes: pollDue does nothing
            assertThat(w.pollDue().sourcesPolled()).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void stopEndsRunUntilStoppedPromptly() throws Exception {
        try (WebIngester w = ingester()) {
            Thread runner = new Thread(() -> {
                try {
                    w.runUntilStopped();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            runner.start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (publisher.articles().size() < 4 && System.currentTimeMillis() < deadline) Thread.sleep(20);
            w.stop();
            runner.join(5_000);
            assertThat(runner.isAlive()).isFalse();
            assertThat(publisher.articles()).hasSize(4);
        }
    }

    @Test
    void aRateLimitedFeedIsNotPolledBeforeItsRetryAfter() throws Exception {
        server.route("/busy.xml", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            send(ex, 429, "text/plain", "too many requests".getBytes(StandardCharsets.UTF_8));
        });
        try (WebIngester w = new WebIngester(WebTestConfig.config(), stateDir, publisher, ArticleExtractor.defaultExtractor())) {
            w.addSource(Source.feed(server.url("/busy.xml")));
            assertThat(w.pollDue().failed()).isZero(); // a deferral is not an article failure
            assertThat(w.pollDue().sourcesPolled()).isZero();
            assertThat(server.hits("/busy.xml")).isEqualTo(1);
        }
    }

    @Test
    void capsTheEntriesHandledPerPollAndPicksTheRestUpNextTime() throws Exception {
        try (WebIngester w = ingester(WebIngestConfig.MAX_ENTRIES_PER_POLL, 2)) {
            assertThat(w.pollAll().published()).isEqualTo(2);
            assertThat(w.pollAll().published()).isEqualTo(2);
            assertThat(w.pollAll().published()).isZero();
            assertThat(publisher.articles()).extracting(RawArticle::guid).doesNotHaveDuplicates().hasSize(4);
        }
    }

    @Test
    void followsTheFeedAHomePageAdvertises() throws Exception {
        server.text("/", "text/html; charset=utf-8", "<html><head><title>Local wire</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/feed.xml\"></head>"
                + "<body><h1>Home</h1></body></html>");
        try (WebIngester w = new WebIngester(WebTestConfig.config(), stateDir, publisher, ArticleExtractor.defaultExtractor())) {
            w.addSource(Source.feed(server.url("/")));
            assertThat(w.pollAll().published()).isEqualTo(4);
            assertThat(server.hits("/feed.xml")).isEqualTo(1);
        }
    }

    @Test
    void refusesASecondIngesterOnTheSameState() throws Exception {
        try (WebIngester w = ingester()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(this::ingester).isInstanceOf(IOException.class)
                    .hasMessageContaining("in use");
        }
    }
}
