package io.wirewatch.ingest.web;

import io.wirewatch.ingest.web.FetchResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static io.wirewatch.ingest.web.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

class PoliteFetcherTest {
    private LocalWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalWebServer();
        server.text("/ok", "text/plain; charset=utf-8", "fine");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void followsRedirectsToTheFinalUrl() throws Exception {
        server.route("/r1", ex -> LocalWebServer.redirect(ex, 301, "/r2"));
        server.route("/r2", ex -> LocalWebServer.redirect(ex, 302, server.url("/ok")));
        FetchResult r = new PoliteFetcher(WebTestConfig.config()).fetch(server.url("/r1"), Validators.NONE);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.finalUrl()).isEqualTo(server.url("/ok"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("fine");
    }

    @Test
    void toleratesSloppyUrlsAndUnusableValidators() throws Exception {
        assertThat(PoliteFetcher.escapeUnsafe("http://x/a b|c%zz%20")).isEqualTo("http://x/a%20b%7Cc%25zz%20");
        server.text("/a b", "text/plain", "spaced");
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        assertThat(f.fetch(server.url("/a b"), Validators.NONE).ok()).isTrue();
        // a validator a header cannot carry is dropped, the fetch still happens
        assertThat(f.fetch(server.url("/ok"), new Validators("\"v1\"\r\nX-Injected: 1", null)).ok()).isTrue();
        assertThat(f.fetch("not a url at all", Validators.NONE).outcome()).isIn(Outcome.BAD_URL, Outcome.BLOCKED_ADDRESS);
    }

    @Test
    void stopsAtARedirectLoopAndAtTooManyRedirects() throws Exception {
        server.route("/loopA", ex -> LocalWebServer.redirect(ex, 302, "/loopB"));
        server.route("/loopB", ex -> LocalWebServer.redirect(ex, 302, "/loopA"));
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.route("/chain" + i, ex -> LocalWebServer.redirect(ex, 307, "/chain" + next));
        }
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config(WebIngestConfig.MAX_REDIRECTS, 3));
        FetchResult loop = f.fetch(server.url("/loopA"), Validators.NONE);
        assertThat(loop.outcome()).isEqualTo(Outcome.REDIRECT_LOOP);
        assertThat(server.hits("/loopA")).isEqualTo(1);
        FetchResult chain = f.fetch(server.url("/chain0"), Validators.NONE);
        assertThat(chain.outcome()).isEqualTo(Outcome.TOO_MANY_REDIRECTS);
        assertThat(server.hits("/chain4")).isZero();
    }

    @Test
    void timesOutOnASlowResponseAndRetries() throws Exception {
        server.route("/slow", ex -> {
            Thread.sleep(3000);
            send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config(WebIngestConfig.READ_TIMEOUT_MS, 300L,
                WebIngestConfig.RETRIES, 1));
        long t0 = System.nanoTime();
        FetchResult r = f.fetch(server.url("/slow"), Validators.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(server.hits("/slow")).isEqualTo(2);
        assertThat(ms).isLessThan(2900);
    }

    @Test
    void decodesGzipAndDeflateBodies() throws Exception {
        byte[] text = "Ünïcödé body, compressed".repeat(50).getBytes(StandardCharsets.UTF_8);
        server.route("/gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/plain; charset=utf-8", compress(text, true));
        });
        server.route("/deflate", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            send(ex, 200, "text/plain; charset=utf-8", compress(text, false));
        });
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        assertThat(f.fetch(server.url("/gzip"), Validators.NONE).body()).isEqualTo(text);
        assertThat(f.fetch(server.url("/deflate"), Validators.NONE).body()).isEqualTo(text);
    }

    @Test
    void sendsValidatorsAndHandles304() throws Exception {
        server.route("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 23 Nov 2026 08:00:00 GMT");
            if ("\"v1\"".equals(inm)) send(ex, 304, null, new byte[0]);
            else send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        FetchResult first = f.fetch(server.url("/feed"), Validators.NONE);
        assertThat(first.outcome()).isEqualTo(Outcome.OK);
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Mon, 23 Nov 2026 08:00:00 GMT"));
        FetchResult second = f.fetch(server.url("/feed"), first.validators());
        assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void waitsForRetryAfterOn429ThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "text/plain", "ok now".getBytes(StandardCharsets.UTF_8));
            }
        });
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        long t0 = System.nanoTime();
        FetchResult r = f.fetch(server.url("/busy"), Validators.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(ms).isGreaterThanOrEqualTo(900);
    }

    @Test
    void defersTheHostWhenRetryAfterIsLong() throws Exception {
        server.route("/down", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            send(ex, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        });
        FetchResult r = new PoliteFetcher(WebTestConfig.config()).fetch(server.url("/down"), Validators.NONE);
        assertThat(r.outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(r.retryAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        assertThat(server.hits("/down")).isEqualTo(1);
    }

    @Test
    void retriesServerErrorsWithBackoff() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/flaky", ex -> {
            if (calls.incrementAndGet() <= 2) send(ex, 502, "text/plain", "bad gateway".getBytes(StandardCharsets.UTF_8));
            else send(ex, 200, "text/plain", "recovered".getBytes(StandardCharsets.UTF_8));
        });
        server.route("/broken", ex -> send(ex, 500, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
        server.route("/gone", ex -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        assertThat(f.fetch(server.url("/flaky"), Validators.NONE).outcome()).isEqualTo(Outcome.OK);
        assertThat(calls.get()).isEqualTo(3);
        FetchResult broken = f.fetch(server.url("/broken"), Validators.NONE);
        assertThat(broken.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(server.hits("/broken")).isEqualTo(3); // first try + 2 retries
        f.fetch(server.url("/gone"), Validators.NONE);
        assertThat(server.hits("/gone")).isEqualTo(1); // 4xx is not retried
    }

    @Test
    void obeysRobotsDisallowAndCrawlDelay() throws Exception {
        server.text("/robots.txt", "text/plain", """
                User-agent: SomeOtherBot
                Disallow: /

                User-agent: *
                Disallow: /private/
                Crawl-delay: 0.4
                """);
        server.text("/private/report", "text/html", "<p>secret</p>");
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        FetchResult blocked = f.fetch(server.url("/private/report"), Validators.NONE);
        assertThat(blocked.outcome()).isEqualTo(Outcome.BLOCKED_BY_ROBOTS);
        assertThat(server.hits("/private/report")).isZero();
        long t0 = System.nanoTime();
        assertThat(f.fetch(server.url("/ok"), Validators.NONE).ok()).isTrue();
        assertThat(f.fetch(server.url("/ok"), Validators.NONE).ok()).isTrue();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("two requests spaced by the crawl delay").isGreaterThanOrEqualTo(380);
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void anUnreachableRobotsTxtMeansDisallowedAndAMissingOneMeansAllowed() throws Exception {
        try (LocalWebServer other = new LocalWebServer()) {
            other.route("/robots.txt", ex -> send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
            other.text("/news", "text/html", "<p>news</p>");
            PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
            assertThat(f.fetch(other.url("/news"), Validators.NONE).outcome()).isEqualTo(Outcome.BLOCKED_BY_ROBOTS);
            assertThat(other.hits("/news")).isZero();
            // this server has no robots.txt route at all: 404, everything allowed
            assertThat(f.fetch(server.url("/ok"), Validators.NONE).ok()).isTrue();
        }
    }

    @Test
    void redirectIntoADisallowedPathIsRefused() throws Exception {
        server.text("/robots.txt", "text/plain", "User-agent: wirewatchtest\nDisallow: /members\n");
        server.route("/teaser", ex -> LocalWebServer.redirect(ex, 302, "/members/story"));
        FetchResult r = new PoliteFetcher(WebTestConfig.config()).fetch(server.url("/teaser"), Validators.NONE);
        assertThat(r.outcome()).isEqualTo(Outcome.BLOCKED_BY_ROBOTS);
        assertThat(server.hits("/members/story")).isZero();
    }

    @Test
    void abandonsAnOversizedBody() throws Exception {
        byte[] big = new byte[300_000];
        server.route("/big", ex -> send(ex, 200, "application/octet-stream", big));
        server.route("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) out.write(new byte[10_000]);
            }
        });
        byte[] bomb = compress(new byte[5_000_000], true);
        server.route("/gzip-bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html", bomb);
        });
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config(WebIngestConfig.MAX_BODY_BYTES, 100_000));
        assertThat(f.fetch(server.url("/big"), Validators.NONE).outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(f.fetch(server.url("/big-chunked"), Validators.NONE).outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(f.fetch(server.url("/gzip-bomb"), Validators.NONE).outcome()).isEqualTo(Outcome.TOO_LARGE);
    }

    @Test
    void refusesLoopbackUnlessPrivateAddressesAreAllowed() throws Exception {
        PoliteFetcher strict = new PoliteFetcher(WebTestConfig.config(WebIngestConfig.ALLOW_PRIVATE_ADDRESSES, false));
        FetchResult r = strict.fetch(server.url("/ok"), Validators.NONE);
        assertThat(r.outcome()).isEqualTo(Outcome.BLOCKED_ADDRESS);
        assertThat(r.detail()).contains("127.0.0.1").contains(WebIngestConfig.ALLOW_PRIVATE_ADDRESSES);
        assertThat(server.hits("/ok")).isZero();
        assertThat(strict.fetch("file:///etc/passwd", Validators.NONE).outcome()).isEqualTo(Outcome.BLOCKED_ADDRESS);
    }

    @Test
    void neverHasTwoRequestsInFlightToOneHost() throws Exception {
        server.route("/work", ex -> {
            Thread.sleep(100);
            send(ex, 200, "text/plain", "done".getBytes(StandardCharsets.UTF_8));
        });
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config(WebIngestConfig.MIN_DELAY_MS, 50L));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FetchResult>> fs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < 4; i++) fs.add(pool.submit(() -> f.fetch(server.url("/work"), Validators.NONE)));
            for (Future<FetchResult> fr : fs) assertThat(fr.get().ok()).isTrue();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(server.maxInFlight()).isEqualTo(1);
            assertThat(ms).isGreaterThanOrEqualTo(4 * 100 + 3 * 50 - 20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void decodesPagesWithWrongOrMissingCharset() throws Exception {
        String text = "<html><body><p>Zürich café – naïve “quotes”</p></body></html>";
        server.route("/wrong-charset", ex -> send(ex, 200, "text/html; charset=iso-8859-1", text.getBytes(StandardCharsets.UTF_8)));
        server.route("/no-charset-latin", ex -> send(ex, 200, "text/html", text.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        server.route("/meta-charset", ex -> send(ex, 200, "text/html",
                ("<meta charset=\"windows-1252\">" + text).getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        PoliteFetcher f = new PoliteFetcher(WebTestConfig.config());
        for (String path : List.of("/wrong-charset", "/no-charset-latin", "/meta-charset")) {
            FetchResult r = f.fetch(server.url(path), Validators.NONE);
            assertThat(PageText.decodeHtml(r.body(), r.charset())).as(path).contains("Zürich café – naïve “quotes”");
        }
    }

    @Test
    void servesARealGzippedArticlePage() throws Exception {
        byte[] gz = LocalWebServer.resource("/web/pages/14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f.html.gz");
        server.route("/europa", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", gz);
        });
        FetchResult r = new PoliteFetcher(WebTestConfig.config()).fetch(server.url("/europa"), Validators.NONE);
        assertThat(r.body()).isEqualTo(LocalWebServer.gunzip(gz));
        assertThat(PageText.decodeHtml(r.body(), r.charset())).contains("Europa");
    }

    private static byte[] compress(byte[] data, boolean gzip) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bos) : new DeflaterOutputStream(bos)) {
            out.write(data);
        }
        return bos.toByteArray();
    }
}
