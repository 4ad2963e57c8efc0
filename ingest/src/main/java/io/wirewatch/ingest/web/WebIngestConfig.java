package io.wirewatch.ingest.web;

import io.wirewatch.common.CommonConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Settings of the web ingester: politeness, safety limits, polling and where sources are listed. */
public class WebIngestConfig extends CommonConfig {
    public static final String USER_AGENT = "ingest.user.agent";
    public static final String SOURCES_FILE = "ingest.sources.file";
    public static final String STATE_DIR = "ingest.state.dir";
    public static final String MIN_DELAY_MS = "ingest.min.delay.ms";
    public static final String MAX_CRAWL_DELAY_MS = "ingest.max.crawl.delay.ms";
    public static final String ALLOW_PRIVATE_ADDRESSES = "ingest.allow.private.addresses";
    public static final String CONNECT_TIMEOUT_MS = "ingest.connect.timeout.ms";
    public static final String READ_TIMEOUT_MS = "ingest.read.timeout.ms";
    public static final String MAX_BODY_BYTES = "ingest.max.body.bytes";
    public static final String MAX_REDIRECTS = "ingest.max.redirects";
    public static final String RETRIES = "ingest.retries";
    public static final String RETRY_BACKOFF_MS = "ingest.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "ingest.retry.backoff.max.ms";
    public static final String RETRY_AFTER_MAX_WAIT_MS = "ingest.retry.after.max.wait.ms";
    public static final String ROBOTS_CACHE_MS = "ingest.robots.cache.ms";
    public static final String POLL_INTERVAL_MS = "ingest.poll.interval.ms";
    public static final String POLL_MIN_INTERVAL_MS = "ingest.poll.min.interval.ms";
    public static final String POLL_MAX_INTERVAL_MS = "ingest.poll.max.interval.ms";
    public static final String MAX_ENTRIES_PER_POLL = "ingest.max.entries.per.poll";
    public static final String FETCH_PAGES = "ingest.fetch.pages";
    public static final String FETCH_THREADS = "ingest.fetch.threads";
    public static final String MAX_SITEMAP_CHILDREN = "ingest.max.sitemap.children";
    public static final String STATE_RETENTION_DAYS = "ingest.state.retention.days";
    public static final String MIN_PAGE_BODY_CHARS = "ingest.min.page.body.chars";

    public static final ConfigDef CONFIG = define(CommonConfig.define(new ConfigDef()));

    public static ConfigDef define(ConfigDef def) {
        return def
                .define(USER_AGENT, Type.STRING, "Wirewatch/0.1 (news monitor; +https://github.com/wirewatch/wirewatch)",
                        Importance.HIGH, "User-Agent sent with every request. Its first product token (before '/') is the"
                                + " name matched against robots.txt groups. Put a contact URL or address in it.")
                .define(SOURCES_FILE, Type.STRING, "", Importance.HIGH,
                        "File listing the sources to poll, one per line: 'TYPE URL [INTERVAL] [NAME...]', TYPE being"
                                + " feed, sitemap or page, INTERVAL like 90s, 15m, 2h or 1d; '#' starts a comment."
                                + " Empty: only sources added on the command line (wirewatch ingest --feed URL).")
                .define(STATE_DIR, Type.STRING, "", Importance.MEDIUM,
                        "Directory of the ingester's state (what was published, validators, next poll times)."
                                + " Empty: <data.dir>/ingest-state.")
                .define(MIN_DELAY_MS, Type.LONG, 2000L, Range.atLeast(0), Importance.HIGH,
                        "Minimum pause between two requests to the same host. A robots.txt Crawl-delay that is"
                                + " longer wins (up to ingest.max.crawl.delay.ms). Requests to one host never overlap.")
                .define(MAX_CRAWL_DELAY_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                        "Upper bound on the Crawl-delay honoured from robots.txt, so a hostile value cannot stall ingest.")
                .define(ALLOW_PRIVATE_ADDRESSES, Type.BOOLEAN, false, Importance.HIGH,
                        "Allow URLs whose host resolves to a private, loopback, link-local or otherwise"
                                + " non-public address. Off by default as a guard against SSRF through feed links;"
                                + " turn on only to poll an intranet or a local test server.")
                .define(CONNECT_TIMEOUT_MS, Type.LONG, 10_000L, Range.atLeast(1), Importance.MEDIUM,
                        "TCP/TLS connect timeout.")
                .define(READ_TIMEOUT_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.MEDIUM,
                        "Longest time for one request, from sending it to the last byte of the body.")
                .define(MAX_BODY_BYTES, Type.INT, 10 * 1024 * 1024, Range.atLeast(1024), Importance.MEDIUM,
                        "Largest response body accepted, after gzip/deflate decoding; larger bodies are abandoned.")
                .define(MAX_REDIRECTS, Type.INT, 5, Range.between(0, 20), Importance.LOW,
                        "Redirects followed per request; a redirect back to a URL already visited is a loop and stops at once.")
                .define(RETRIES, Type.INT, 3, Range.between(0, 10), Importance.MEDIUM,
                        "Retries after a timeout, a network error, a 5xx, or a 429/503 (whose Retry-After is then honoured).")
                .define(RETRY_BACKOFF_MS, Type.LONG, 1000L, Range.atLeast(0), Importance.LOW,
                        "First retry delay; doubles each retry, with random jitter of up to half the delay.")
                .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                        "Longest delay between retries.")
                .define(RETRY_AFTER_MAX_WAIT_MS, Type.LONG, 120_000L, Range.atLeast(0), Importance.LOW,
                        "Longest Retry-After (429/503) waited for in place. A longer one defers the source and"
                                + " every request to that host until the time the server asked for.")
                .define(ROBOTS_CACHE_MS, Type.LONG, 24L * 3600 * 1000, Range.atLeast(0), Importance.LOW,
                        "How long a host's robots.txt is cached. A robots.txt that failed with 5xx or a network"
                                + " error counts as 'disallow all' and is retried after at most 10 minutes.")
                .define(POLL_INTERVAL_MS, Type.LONG, 15L * 60 * 1000, Range.atLeast(1), Importance.MEDIUM,
                        "Poll interval of sources that do not give their own.")
                .define(POLL_MIN_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(1), Importance.MEDIUM,
                        "Adaptive polling never polls a source more often than this. A source's interval halves"
                                + " after a poll that found new entries and grows by half after a quiet one, staying"
                                + " between a quarter and eight times its configured interval.")
                .define(POLL_MAX_INTERVAL_MS, Type.LONG, 24L * 3600 * 1000, Range.atLeast(1), Importance.MEDIUM,
                        "Adaptive polling never waits longer than this between two polls of a source.")
                .define(MAX_ENTRIES_PER_POLL, Type.INT, 200, Range.atLeast(1), Importance.LOW,
                        "New or changed entries handled per source per poll; the rest wait for the next poll.")
                .define(FETCH_PAGES, Type.BOOLEAN, true, Importance.MEDIUM,
                        "Fetch and extract each new feed entry's article page. Off: publish the feed's own content.")
                .define(FETCH_THREADS, Type.INT, 4, Range.between(1, 64), Importance.LOW,
                        "Sources polled in parallel (requests to any one host are still serialised).")
                .define(MAX_SITEMAP_CHILDREN, Type.INT, 20, Range.atLeast(1), Importance.LOW,
                        "Child sitemaps of a sitemap index read per poll, most recently modified first.")
                .define(STATE_RETENTION_DAYS, Type.INT, 90, Range.atLeast(1), Importance.LOW,
                        "Entries not seen in any feed for this long are forgotten by the state store.")
                .define(MIN_PAGE_BODY_CHARS, Type.INT, 200, Range.atLeast(0), Importance.LOW,
                        "An extracted page body shorter than this (and shorter than the feed's own text) counts"
                                + " as a failed extraction, and the feed's content is used instead.");
    }

    public WebIngestConfig(Map<?, ?> props) {
        super(CONFIG, props);
    }

    public String userAgent() {
        return getString(USER_AGENT);
    }

    /** The product token matched against robots.txt user-agent lines. */
    public String robotsToken() {
        String ua = userAgent().strip();
        int end = 0;
        while (end < ua.length() && ua.charAt(end) != '/' && !Character.isWhitespace(ua.charAt(end))) end++;
        return end == 0 ? "*" : ua.substring(0, end);
    }

    public Path sourcesFile() {
        String f = getString(SOURCES_FILE);
        return f == null || f.isBlank() ? null : Path.of(f);
    }

    public Path stateDir() {
        String d = getString(STATE_DIR);
        return d == null || d.isBlank() ? dataDir().resolve("ingest-state") : Path.of(d);
    }

    public Duration minDelay() {
        return Duration.ofMillis(getLong(MIN_DELAY_MS));
    }

    public Duration maxCrawlDelay() {
        return Duration.ofMillis(getLong(MAX_CRAWL_DELAY_MS));
    }

    public boolean allowPrivateAddresses() {
        return getBoolean(ALLOW_PRIVATE_ADDRESSES);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(getLong(CONNECT_TIMEOUT_MS));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(getLong(READ_TIMEOUT_MS));
    }

    public int maxBodyBytes() {
        return getInt(MAX_BODY_BYTES);
    }

    public int maxRedirects() {
        return getInt(MAX_REDIRECTS);
    }

    public int retries() {
        return getInt(RETRIES);
    }

    public Duration retryBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MS));
    }

    public Duration retryBackoffMax() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS));
    }

    public Duration retryAfterMaxWait() {
        return Duration.ofMillis(getLong(RETRY_AFTER_MAX_WAIT_MS));
    }

    public Duration robotsCache() {
        return Duration.ofMillis(getLong(ROBOTS_CACHE_MS));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }

    public Duration pollMinInterval() {
        return Duration.ofMillis(getLong(POLL_MIN_INTERVAL_MS));
    }

    public Duration pollMaxInterval() {
        return Duration.ofMillis(getLong(POLL_MAX_INTERVAL_MS));
    }

    public int maxEntriesPerPoll() {
        return getInt(MAX_ENTRIES_PER_POLL);
    }

    public boolean fetchPages() {
        return getBoolean(FETCH_PAGES);
    }

    public int fetchThreads() {
        return getInt(FETCH_THREADS);
    }

    public int maxSitemapChildren() {
        return getInt(MAX_SITEMAP_CHILDREN);
    }

    public Duration stateRetention() {
        return Duration.ofDays(getInt(STATE_RETENTION_DAYS));
    }

    public int minPageBodyChars() {
        return getInt(MIN_PAGE_BODY_CHARS);
    }
}
