package io.wirewatch.ingest.web;

import io.wirewatch.ingest.web.FetchResult.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Fetches URLs the way a guest should: robots.txt obeyed (cached per origin, Crawl-delay honoured),
 * one request at a time per host with a minimum pause, conditional GET, retries with exponential
 * backoff and jitter on timeouts, network errors and 5xx, Retry-After honoured on 429/503,
 * redirects followed by hand (each hop checked by the SSRF guard and robots.txt, loops detected),
 * gzip/deflate, and hard caps on body size and time. Thread-safe; never throws except when the
 * calling thread is interrupted.
 */
public final class PoliteFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
    private static final int ROBOTS_MAX_BYTES = 512 * 1024; // RFC 9309 allows ignoring beyond 500 KiB
    private static final Duration ROBOTS_FAILURE_TTL = Duration.ofMinutes(10);

    private record CachedRobots(RobotsTxt robots, long expiresAt) {
    }

    /** One request's result; {@code location} is set when the answer was a redirect to follow. */
    private record Hop(FetchResult result, String location) {
        static Hop of(FetchResult r) {
            return new Hop(r, null);
        }
    }

    /** A body above the cap: the transfer is abandoned. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final WebIngestConfig config;
    private final HttpClient client;
    private final AddressGuard guard;
    private final HostGate gate = new HostGate();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final Map<String, Object> robotsLocks = new ConcurrentHashMap<>();
    private final String robotsToken;

    public PoliteFetcher(WebIngestConfig config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivateAddresses());
        this.robotsToken = config.robotsToken();
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand so every hop is checked
                .build();
    }

    /** Fetches a URL, sending the validators for a conditional GET when given. */
    public FetchResult fetch(String url, Validators validators) throws InterruptedException {
        URI uri;
        try {
            uri = new URI(escapeUnsafe(url.strip())).normalize();
        } catch (URISyntaxException | NullPointerException e) {
            return FetchResult.failure(Outcome.BAD_URL, url, url, 0, "not a valid URL: " + url);
        }
        Set<String> visited = new HashSet<>();
        visited.add(uri.toString());
        for (int hop = 0; ; hop++) {
            String refused = guard.check(uri);
            if (refused != null) return FetchResult.failure(Outcome.BLOCKED_ADDRESS, url, uri.toString(), 0, refused);
            RobotsTxt rules = robotsFor(uri);
            String pathAndQuery = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!rules.allows(pathAndQuery)) {
                return FetchResult.failure(Outcome.BLOCKED_BY_ROBOTS, url, uri.toString(), 0,
                        "robots.txt of " + uri.getHost() + " disallows " + pathAndQuery + " for " + robotsToken);
            }
            Hop h = withRetries(url, uri, hop == 0 ? validators : Validators.NONE, delayFor(rules), config.maxBodyBytes());
            FetchResult r = h.result();
            if (h.location() == null) return r;
            String location = h.location();
            URI next;
            try {
                next = uri.resolve(new URI(escapeUnsafe(location.strip()))).normalize();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return FetchResult.failure(Outcome.BAD_URL, url, uri.toString(), r.status(), "redirect to an invalid URL: " + location);
            }
            if (!visited.add(next.toString())) {
                return FetchResult.failure(Outcome.REDIRECT_LOOP, url, next.toString(), r.status(), "redirect loop back to " + next);
            }
            if (hop + 1 > config.maxRedirects()) {
                return FetchResult.failure(Outcome.TOO_MANY_REDIRECTS, url, next.toString(), r.status(),
                        "more than " + config.maxRedirects() + " redirects");
            }
            uri = next;
        }
    }

    /** Percent-encodes the characters feeds put in URLs that java.net.URI refuses (space, quotes, brackets, pipes...). */
    static String escapeUnsafe(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) sb.append('%').append(String.format("%02X", (int) c));
            else if (c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)))) sb.append("%25");
            else sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private Duration delayFor(RobotsTxt rules) {
        Duration d = config.minDelay();
        Duration crawl = rules.crawlDelay();
        if (crawl != null) {
            if (crawl.compareTo(config.maxCrawlDelay()) > 0) crawl = config.maxCrawlDelay();
            if (crawl.compareTo(d) > 0) d = crawl;
        }
        return d;
    }

    private Hop withRetries(String original, URI uri, Validators validators, Duration delay, int maxBytes)
            throws InterruptedException {
        Hop h = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            h = exchange(original, uri, validators, delay, maxBytes);
            FetchResult r = h.result();
            boolean last = attempt == config.retries();
            int status = r.status();
            if (status == 429 || status == 503) {
                Duration retryAfter = retryAfter(r.retryAt());
                Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
                if (!last && wait.compareTo(config.retryAfterMaxWait()) <= 0) {
                    LOG.info("{} answered {} for {}; retrying in {} ms", uri.getHost(), status, uri, wait.toMillis());
                    gate.closeUntil(uri.getHost(), System.currentTimeMillis() + wait.toMillis());
                    continue;
                }
                Instant at = Instant.now().plus(wait);
                gate.closeUntil(uri.getHost(), at.toEpochMilli());
                return Hop.of(new FetchResult(Outcome.RATE_LIMITED, original, uri.toString(), status, null, null, null, null, at,
                        "HTTP " + status + " from " + uri.getHost() + "; next try after " + at));
            }
            boolean retryable = r.outcome() == Outcome.TIMEOUT || r.outcome() == Outcome.NETWORK_ERROR
                    || (r.outcome() == Outcome.HTTP_ERROR && status >= 500 && status != 501);
            if (!retryable || last) return h;
            Duration wait = backoff(attempt);
            LOG.info("{} for {} ({}); retry {} of {} in {} ms", r.outcome(), uri, r.detail(), attempt + 1,
                    config.retries(), wait.toMillis());
            gate.closeUntil(uri.getHost(), System.currentTimeMillis() + wait.toMillis());
        }
        return h;
    }

    private static Duration retryAfter(Instant at) {
        if (at == null) return null;
        long ms = Math.max(0, at.toEpochMilli() - System.currentTimeMillis());
        return Duration.ofMillis(ms);
    }

    /** Exponential backoff with jitter: base * 2^attempt, capped, then a random 50-100% of it. */
    Duration backoff(int attempt) {
        long base = config.retryBackoff().toMillis();
        long cap = config.retryBackoffMax().toMillis();
        long d = Math.min(cap, base * (1L << Math.min(attempt, 30)));
        long jittered = d / 2 + (d <= 1 ? 0 : ThreadLocalRandom.current().nextLong(d / 2 + 1));
        return Duration.ofMillis(jittered);
    }

    /** One request, through the host gate. */
    private Hop exchange(String original, URI uri, Validators validators, Duration delay, int maxBytes)
            throws InterruptedException {
        String host = uri.getHost();
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                    .timeout(config.readTimeout())
                    .header("User-Agent", config.userAgent())
                    .header("Accept-Encoding", "gzip, deflate")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
                            + " text/xml;q=0.9, text/html;q=0.9, */*;q=0.8");
            request = b.build();
            try {
                // Validators come from the server; one it sent with characters a header may not hold is dropped.
                HttpRequest.Builder conditional = HttpRequest.newBuilder(request, (n, v) -> true);
                if (validators.etag() != null) conditional.header("If-None-Match", validators.etag());
                if (validators.lastModified() != null) conditional.header("If-Modified-Since", validators.lastModified());
                request = conditional.build();
            } catch (IllegalArgumentException e) {
                LOG.debug("Dropping unusable validators for {}: {}", uri, e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            return Hop.of(FetchResult.failure(Outcome.BAD_URL, original, uri.toString(), 0, "cannot request " + uri + ": " + e.getMessage()));
        }
        gate.acquire(host);
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try {
            future = client.sendAsync(request, info -> capped(info, maxBytes));
            HttpResponse<byte[]> resp = future.get(config.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            String location = resp.statusCode() / 100 == 3 && resp.statusCode() != 304
                    ? resp.headers().firstValue("Location").orElse(null) : null;
            return new Hop(toResult(original, uri, resp, maxBytes), location);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Hop.of(FetchResult.failure(Outcome.TIMEOUT, original, uri.toString(), 0,
                    "no complete response from " + host + " within " + config.readTimeout().toMillis() + " ms"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof TooLarge) return Hop.of(FetchResult.failure(Outcome.TOO_LARGE, original, uri.toString(), 0, c.getMessage()));
            if (c instanceof HttpTimeoutException) {
                return Hop.of(FetchResult.failure(Outcome.TIMEOUT, original, uri.toString(), 0, "timed out: " + c.getMessage()));
            }
            if (c instanceof ConnectException) {
                return Hop.of(FetchResult.failure(Outcome.NETWORK_ERROR, original, uri.toString(), 0, "cannot connect to " + host));
            }
            return Hop.of(FetchResult.failure(Outcome.NETWORK_ERROR, original, uri.toString(), 0, "network error: " + c));
        } catch (InterruptedException e) {
            if (future != null) future.cancel(true);
            throw e;
        } finally {
            gate.release(host, delay);
        }
    }

    private FetchResult toResult(String original, URI uri, HttpResponse<byte[]> resp, int maxBytes) {
        int status = resp.statusCode();
        var h = resp.headers();
        Validators v = new Validators(h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
        if (status == 304) {
            return new FetchResult(Outcome.NOT_MODIFIED, original, uri.toString(), status, null, null, null, v, null,
                    "not modified");
        }
        if (status / 100 == 3) {
            Optional<String> loc = h.firstValue("Location");
            if (loc.isPresent()) return FetchResult.failure(Outcome.HTTP_ERROR, original, uri.toString(), status, "HTTP " + status + " to " + loc.get());
            return FetchResult.failure(Outcome.HTTP_ERROR, original, uri.toString(), status, "HTTP " + status + " without Location");
        }
        if (status == 429 || status == 503) {
            Instant at = parseRetryAfter(h.firstValue("Retry-After").orElse(null));
            return new FetchResult(Outcome.HTTP_ERROR, original, uri.toString(), status, null, null, null, v, at, "HTTP " + status);
        }
        if (status / 100 != 2) return FetchResult.failure(Outcome.HTTP_ERROR, original, uri.toString(), status, "HTTP " + status);
        byte[] body;
        try {
            body = decodeContent(resp.body(), h.firstValue("Content-Encoding").orElse(""), maxBytes);
        } catch (TooLarge e) {
            return FetchResult.failure(Outcome.TOO_LARGE, original, uri.toString(), status, e.getMessage());
        } catch (IOException e) {
            return FetchResult.failure(Outcome.NETWORK_ERROR, original, uri.toString(), status, "corrupt compressed body: " + e.getMessage());
        }
        String contentType = h.firstValue("Content-Type").orElse(null);
        return new FetchResult(Outcome.OK, original, uri.toString(), status, body, contentType, charsetOf(contentType), v, null,
                "HTTP " + status + ", " + body.length + " bytes");
    }

    static String charsetOf(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).strip().replace("\"", "").replace("'", "");
                return cs.isEmpty() ? null : cs;
            }
        }
        return null;
    }

    /** Retry-After as delta-seconds or an HTTP-date; null when absent or unreadable. */
    static Instant parseRetryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            long secs = Long.parseLong(v);
            return Instant.now().plusSeconds(Math.max(0, Math.min(secs, 7L * 24 * 3600)));
        } catch (NumberFormatException e) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    static byte[] decodeContent(byte[] raw, String encoding, int maxBytes) throws IOException {
        String enc = encoding.strip().toLowerCase(Locale.ROOT);
        if (enc.isEmpty() || enc.equals("identity")) return raw;
        if (raw.length == 0) return raw;
        if (enc.equals("gzip") || enc.equals("x-gzip")) {
            return readCapped(new GZIPInputStream(new java.io.ByteArrayInputStream(raw)), maxBytes);
        }
        if (enc.equals("deflate")) {
            // RFC says zlib-wrapped, but some servers send raw deflate: try the one the header byte suggests
            boolean zlib = (raw[0] & 0x0F) == 8 && ((raw[0] & 0xFF) * 256 + (raw[1] & 0xFF)) % 31 == 0;
            return readCapped(new InflaterInputStream(new java.io.ByteArrayInputStream(raw), new Inflater(!zlib)), maxBytes);
        }
        throw new IOException("unsupported Content-Encoding " + encoding);
    }

    private static byte[] readCapped(InputStream in, int maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > maxBytes) throw new TooLarge("decoded body exceeds " + maxBytes + " bytes");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** A body subscriber that gives up as soon as the body passes the cap (or Content-Length says it will). */
    private static HttpResponse.BodySubscriber<byte[]> capped(HttpResponse.ResponseInfo info, int maxBytes) {
        int status = info.statusCode();
        if (status / 100 == 3 || status == 429 || status == 503 || status >= 400) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]); // body not needed; connection drained
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new HttpResponse.BodySubscriber<>() {
            private final CompletableFuture<byte[]> result = new CompletableFuture<>();
            private final ByteArrayOutputStream out = new ByteArrayOutputStream();
            private Flow.Subscription subscription;

            @Override
            public CompletionStage<byte[]> getBody() {
                return result;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                if (declared > maxBytes) {
                    s.cancel();
                    result.completeExceptionally(new TooLarge("Content-Length " + declared + " exceeds the cap of " + maxBytes + " bytes"));
                    return;
                }
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> items) {
                if (result.isDone()) return;
                for (ByteBuffer bb : items) {
                    if (out.size() + bb.remaining() > maxBytes) {
                        subscription.cancel();
                        result.completeExceptionally(new TooLarge("body exceeds the cap of " + maxBytes + " bytes"));
                        return;
                    }
                    byte[] chunk = new byte[bb.remaining()];
                    bb.get(chunk);
                    out.write(chunk, 0, chunk.length);
                }
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                result.complete(out.toByteArray());
            }
        };
    }

    /** The robots.txt rules for the URL's origin, fetched once and cached. */
    private RobotsTxt robotsFor(URI uri) throws InterruptedException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        CachedRobots c = robots.get(origin);
        if (c != null && c.expiresAt > System.currentTimeMillis()) return c.robots;
        synchronized (robotsLocks.computeIfAbsent(origin, o -> new Object())) {
            c = robots.get(origin);
            if (c != null && c.expiresAt > System.currentTimeMillis()) return c.robots;
            c = loadRobots(origin, uri);
            robots.put(origin, c);
            return c.robots;
        }
    }

    private CachedRobots loadRobots(String origin, URI page) throws InterruptedException {
        long now = System.currentTimeMillis();
        long okTtl = config.robotsCache().toMillis();
        long failTtl = Math.min(okTtl, ROBOTS_FAILURE_TTL.toMillis());
        URI uri = URI.create(origin + "/robots.txt");
        Set<String> visited = new HashSet<>();
        for (int hop = 0; hop <= 5; hop++) {
            if (guard.check(uri) != null || !visited.add(uri.toString())) break;
            Hop h = withRetries(uri.toString(), uri, Validators.NONE, config.minDelay(), ROBOTS_MAX_BYTES);
            FetchResult r = h.result();
            if (h.location() != null) {
                try {
                    uri = uri.resolve(new URI(escapeUnsafe(h.location().strip()))).normalize();
                    continue;
                } catch (URISyntaxException e) {
                    break;
                }
            }
            if (r.ok()) {
                String text = new String(r.body(), StandardCharsets.UTF_8);
                LOG.info("Read robots.txt of {} ({} bytes)", origin, r.body().length);
                return new CachedRobots(RobotsTxt.parse(text, robotsToken), now + okTtl);
            }
            if (r.outcome() == Outcome.TOO_LARGE) {
                return new CachedRobots(RobotsTxt.ALLOW_ALL, now + failTtl);
            }
            if (r.outcome() == Outcome.HTTP_ERROR && r.status() >= 400 && r.status() < 500) {
                return new CachedRobots(RobotsTxt.ALLOW_ALL, now + okTtl); // no robots.txt: all allowed
            }
            LOG.info("robots.txt of {} unreachable ({}); treating the site as disallowed for now", origin, r.detail());
            return new CachedRobots(RobotsTxt.DISALLOW_ALL, now + failTtl);
        }
        // Five redirects or a loop: RFC 9309 says treat as unavailable (4xx), i.e. allow.
        return new CachedRobots(RobotsTxt.ALLOW_ALL, now + failTtl);
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; dropping the reference lets its threads end.
        robots.clear();
    }
}
