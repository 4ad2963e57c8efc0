package io.wirewatch.ingest.web;

import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.ingest.RawArticlePublisher;
import io.wirewatch.common.LanguageDetection;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.extract.ExtractedArticle;
import io.wirewatch.ingest.feed.Feed;
import io.wirewatch.ingest.feed.FeedEntry;
import io.wirewatch.ingest.feed.FeedParseResult;
import io.wirewatch.ingest.feed.FeedParser;
import io.wirewatch.ingest.web.IngestState.ArticleMark;
import io.wirewatch.ingest.web.IngestState.EntryMark;
import io.wirewatch.ingest.web.IngestState.SourceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls web sources (feeds, sitemaps, pages) and publishes each new or changed article once.
 * For a feed entry the article page is fetched and extracted; when that fails the feed's own
 * content is used, and {@code RawArticle.format} says which ("page", or "rss"/"atom"/"json-feed").
 * Publishes {@link RawArticle}s (key = id) and dead letters through the {@link RawArticlePublisher},
 * i.e. to {@code wirewatch.articles.raw} and {@code wirewatch.deadletter} with the Kafka publisher;
 * {@code publish} may be called from several polling threads at once.
 *
 * <p>Identity: an article's id is {@code Ids.articleId(canonicalUrl, fingerprint(body))} when first
 * published and is kept for every later update of the same page, found by GUID or by any URL it
 * was seen under. An update is published only when the title or body changed.
 *
 * <p>Thread-safe: {@link #stop()} may be called from any thread; {@link #runUntilStopped()} returns soon after.
 */
public final class WebIngester implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebIngester.class);

    /** Counts of one {@link #pollDue()} / {@link #pollAll()} pass. */
    public record PollReport(int sourcesPolled, int published, int updated, int failed) {
    }

    /** SKIPPED: the feed shows the entry as before, nothing fetched; UNCHANGED: fetched, same title and body. */
    private enum EntryOutcome { SKIPPED, UNCHANGED, PUBLISHED, UPDATED, PENDING, FAILED }

    private static final class Counts {
        final AtomicInteger published = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile Instant retryAt;

        void add(EntryOutcome o) {
            switch (o) {
                case PUBLISHED -> published.incrementAndGet();
                case UPDATED -> updated.incrementAndGet();
                case FAILED, PENDING -> failed.incrementAndGet();
                default -> {
                }
            }
        }
    }

    private final WebIngestConfig config;
    private final RawArticlePublisher publisher;
    private final ArticleExtractor extractor;
    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final IngestState state;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final ExecutorService pool;
    private final Object sleeper = new Object();
    private volatile boolean stopped;

    /**
     * @param stateDir where state survives restarts (e.g. {@link WebIngestConfig#stateDir()})
     * @throws IOException when the state cannot be opened or the sources file cannot be read
     */
    public WebIngester(WebIngestConfig config, Path stateDir, RawArticlePublisher publisher, ArticleExtractor extractor)
            throws IOException {
        this.config = Objects.requireNonNull(config);
        this.publisher = Objects.requireNonNull(publisher);
        this.extractor = Objects.requireNonNull(extractor);
        this.fetcher = new PoliteFetcher(config);
        this.parser = new FeedParser(config.maxBodyBytes(), FeedParser.DEFAULT_MAX_ENTRIES);
        this.state = IngestState.open(stateDir);
        if (config.sourcesFile() != null) SourcesFile.read(config.sourcesFile()).forEach(this::addSource);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.fetchThreads(), r -> {
            Thread t = new Thread(r, "wirewatch-web-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Adds (or replaces) a source; e.g. for {@code wirewatch ingest --feed URL}. */
    public synchronized void addSource(Source source) {
        sources.put(source.url(), source);
    }

    public synchronized List<Source> sources() {
        return List.copyOf(sources.values());
    }

    /** One pass over the sources whose next poll time has come. */
    public PollReport pollDue() throws InterruptedException {
        Instant now = Instant.now();
        List<Source> due = new ArrayList<>();
        for (Source s : sources()) {
            SourceState st = state.source(s.url());
            if (st == null || !st.nextPollAt().isAfter(now)) due.add(s);
        }
        return poll(due);
    }

    /** One pass over every source, due or not (a one-shot {@code wirewatch ingest --feed URL}). */
    public PollReport pollAll() throws InterruptedException {
        return poll(sources());
    }

    private PollReport poll(List<Source> list) throws InterruptedException {
        List<Future<Counts>> futures = new ArrayList<>();
        for (Source s : list) futures.add(pool.submit(() -> pollSource(s)));
        int published = 0, updated = 0, failed = 0;
        for (Future<Counts> f : futures) {
            try {
                Counts c = await(f);
                published += c.published.get();
                updated += c.updated.get();
                failed += c.failed.get();
            } catch (ExecutionException e) {
                failed++;
                if (e.getCause() instanceof InterruptedException) throw new InterruptedException("stopped");
                LOG.warn("Polling a source failed", e.getCause());
            }
        }
        state.prune(Instant.now().minus(config.stateRetention()));
        save();
        return new PollReport(list.size(), published, updated, failed);
    }

    /** Waits for a polling task; gives up when the ingester is closed (a task never started would never finish). */
    private Counts await(Future<Counts> f) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (pool.isShutdown()) {
                    f.cancel(true);
                    throw new InterruptedException("web ingester closed");
                }
            } catch (java.util.concurrent.CancellationException e) {
                throw new InterruptedException("web ingester closed");
            }
        }
    }

    /** Polls due sources until {@link #stop()}, sleeping until the next one is due. */
    public void runUntilStopped() throws InterruptedException {
        LOG.info("Web ingester running with {} sources", sources().size());
        while (!stopped) {
            pollDue();
            long sleep = Duration.between(Instant.now(), nextDue()).toMillis();
            synchronized (sleeper) {
                if (!stopped && sleep > 0) sleeper.wait(Math.min(sleep, 60_000));
            }
        }
    }

    private Instant nextDue() {
        Instant next = Instant.now().plus(config.pollMaxInterval());
        for (Source s : sources()) {
            SourceState st = state.source(s.url());
            if (st == null) return Instant.now();
            if (st.nextPollAt().isBefore(next)) next = st.nextPollAt();
        }
        return next;
    }

    /** Asks {@link #runUntilStopped()} to return; safe from any thread. */
    public void stop() {
        stopped = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fetcher.close();
        state.close();
    }

    private void save() {
        try {
            state.save();
        } catch (IOException e) {
            LOG.error("Could not save the ingest state: {}", e.toString());
        }
    }

    // ---- one source ------------------------------------------------------------------------

    private Counts pollSource(Source s) throws InterruptedException {
        Counts c = new Counts();
        Instant started = Instant.now();
        boolean ok;
        try {
            if (s.type() == Source.Type.PAGE) ok = pollPage(s, c);
            else ok = pollFeed(s, s.url(), c, 0);
        } catch (RuntimeException e) {
            // A bug must not stop the other sources or make this one spin: log, back off, go on.
            LOG.error("Polling {} failed unexpectedly", s.url(), e);
            ok = false;
        }
        SourceState next = schedule(s, ok, c, started);
        state.putSource(s.url(), next);
        save();
        LOG.info("Polled {} '{}' {}: {} new, {} updated, {} failed; next poll at {}", s.type().name().toLowerCase(java.util.Locale.ROOT),
                s.name(), s.url(), c.published.get(), c.updated.get(), c.failed.get(), next.nextPollAt());
        return c;
    }

    private SourceState schedule(Source s, boolean ok, Counts c, Instant now) {
        long base = (s.interval() != null ? s.interval() : config.pollInterval()).toMillis();
        SourceState prev = state.source(s.url());
        long cur = AdaptiveInterval.next(prev == null ? base : prev.intervalMs(), base, config.pollMinInterval().toMillis(),
                config.pollMaxInterval().toMillis(), ok, c.published.get() + c.updated.get());
        int failures = ok ? 0 : (prev == null ? 1 : prev.failures() + 1);
        Instant next = now.plusMillis(cur);
        if (c.retryAt != null && c.retryAt.isAfter(next)) next = c.retryAt; // the server asked us to wait longer
        return new SourceState(next, cur, failures);
    }

    private boolean pollFeed(Source s, String url, Counts c, int depth) throws InterruptedException {
        FetchResult r = fetcher.fetch(url, state.validators(url));
        if (r.outcome() == FetchResult.Outcome.NOT_MODIFIED) return true;
        if (!r.ok()) {
            LOG.info("Could not fetch {} {}: {} ({})", s.type().name().toLowerCase(java.util.Locale.ROOT), url, r.outcome(), r.detail());
            if (r.retryAt() != null) c.retryAt = r.retryAt();
            return false;
        }
        FeedParseResult p = parser.parse(r.body(), r.charset(), r.finalUrl());
        if (!p.ok() && p.errorKind() == FeedParseResult.ErrorKind.NOT_A_FEED && depth == 0) {
            // Users often give the site's home page: follow its advertised feed (autodiscovery).
            String discovered = FeedDiscovery.find(PageText.decodeHtml(r.body(), r.charset()), r.finalUrl());
            if (discovered != null && !discovered.equals(url)) {
                LOG.info("{} is a web page, not a feed; following its advertised feed {}", url, discovered);
                boolean ok = pollFeed(s, discovered, c, depth + 1);
                if (ok) state.putValidators(url, r.validators());
                return ok;
            }
        }
        if (!p.ok()) {
            LOG.info("Unreadable feed {}: {}", url, p.error());
            publisher.deadLetter(DeadLetter.of(url, "ingest", "feed " + url + " unreadable: " + p.error(), Instant.now(), r.body()));
            return false;
        }
        Feed feed = p.feed();
        if (!feed.wellFormed()) LOG.info("Feed {} is not well-formed ({}); using the entries recovered", url, feed.problem());
        if (feed.format().isIndex()) {
            boolean ok = true;
            if (depth == 0) {
                List<FeedEntry> children = new ArrayList<>(feed.entries());
                children.sort(Comparator.comparing(FeedEntry::updated, Comparator.nullsLast(Comparator.reverseOrder())));
                for (FeedEntry child : children.subList(0, Math.min(children.size(), config.maxSitemapChildren()))) {
                    if (child.link() != null) ok &= pollFeed(s, child.link(), c, depth + 1);
                }
            }
            if (ok) state.putValidators(url, r.validators());
            return ok;
        }
        boolean complete = true;
        int handled = 0;
        for (FeedEntry e : feed.entries()) {
            if (handled >= config.maxEntriesPerPoll()) {
                complete = false;
                break;
            }
            EntryOutcome o = handleEntry(s, feed, e);
            if (o == EntryOutcome.SKIPPED) continue;
            handled++; // every entry that cost a page fetch counts toward the per-poll cap
            c.add(o);
            if (o == EntryOutcome.PENDING) complete = false;
        }
        // Keep the validators only when every entry was dealt with; otherwise a 304 would hide the rest.
        state.putValidators(url, complete ? r.validators() : Validators.NONE);
        return true;
    }

    private EntryOutcome handleEntry(Source s, Feed feed, FeedEntry e) throws InterruptedException {
        String canonicalLink = Ids.canonicalUrl(e.link());
        String entryKey = e.guid() != null ? "guid:" + e.guid() : canonicalLink != null ? "url:" + canonicalLink : null;
        if (entryKey == null) return EntryOutcome.SKIPPED; // nothing to identify it by, nothing to fetch
        String entryHash = Ids.sha256(String.join("\u0000", String.valueOf(e.title()), String.valueOf(e.link()),
                String.valueOf(e.summary()), String.valueOf(e.content()), String.valueOf(e.published()), String.valueOf(e.updated())));
        Instant now = Instant.now();
        EntryMark mark = state.entry(entryKey);
        if (mark != null && mark.entryHash().equals(entryHash)) {
            state.putEntry(entryKey, new EntryMark(entryHash, now));
            return EntryOutcome.SKIPPED;
        }
        ExtractedArticle page = null;
        FetchResult pr = null;
        if (e.link() != null && config.fetchPages()) {
            pr = fetcher.fetch(e.link(), Validators.NONE);
            if (pr.ok()) page = extract(pr);
            else LOG.info("Article page {} not fetched: {} ({})", e.link(), pr.outcome(), pr.detail());
        }
        String feedText = PageText.htmlToText(e.bestContent());
        String pageText = page == null ? "" : TextNormalizer.normalise(page.articleBody());
        // The page wins unless it looks like a failed extraction: much shorter than the feed's own text
        // (a cookie wall or paywall stub against a full-content feed), or short and no longer than the feed's.
        boolean usePage = !pageText.isEmpty() && pageText.length() * 2 >= feedText.length()
                && (pageText.length() >= config.minPageBodyChars() || pageText.length() >= feedText.length());
        String body = usePage ? pageText : feedText;
        if (body.isEmpty()) {
            if (pr != null && pr.outcome().transientFailure()) return EntryOutcome.PENDING; // try again next poll
            String why = pr == null ? "no link to fetch and no content in the feed"
                    : pr.ok() ? "nothing extracted from the page and no content in the feed"
                    : "page not fetched (" + pr.detail() + ") and no content in the feed";
            publisher.deadLetter(DeadLetter.of(e.link() != null ? e.link() : s.url(), "ingest",
                    "entry '" + e.title() + "' of " + s.url() + ": " + why, now, null));
            state.putEntry(entryKey, new EntryMark(entryHash, now));
            return EntryOutcome.FAILED;
        }
        String pageUrl = pr != null && pr.ok() ? pr.finalUrl() : e.link();
        String canonical = usePage && page.canonicalUrl() != null ? Ids.canonicalUrl(page.canonicalUrl()) : Ids.canonicalUrl(pageUrl);
        String title = usePage && page.title() != null && !page.title().isBlank() ? page.title().strip() : e.title();
        Instant published = usePage && page.published() != null ? page.published() : e.published();
        Instant modified = usePage && page.modified() != null ? page.modified() : e.updated();
        String byline = usePage && page.byline() != null ? page.byline() : e.authors().isEmpty() ? null : String.join(", ", e.authors());
        Set<String> keys = new LinkedHashSet<>();
        if (e.guid() != null) keys.add("guid:" + e.guid());
        if (canonicalLink != null) keys.add("url:" + canonicalLink);
        if (pageUrl != null) keys.add("url:" + Ids.canonicalUrl(pageUrl));
        if (canonical != null) keys.add("url:" + canonical);
        RawArticle a = new RawArticle("pending", pageUrl != null ? pageUrl : s.url(), s.name(), e.link(), canonical, now,
                published, modified, title, body, byline, usePage ? page.language()
                        : feed.language() != null ? feed.language() : LanguageDetection.detect(body),
                usePage ? page.siteName() : null, usePage ? "page" : feed.format().rawFormat(), e.guid());
        EntryOutcome o = publishIfChanged(a, keys, canonical);
        state.putEntry(entryKey, new EntryMark(entryHash, now));
        return o;
    }

    private ExtractedArticle extract(FetchResult pr) {
        try {
            String html = PageText.decodeHtml(pr.body(), pr.charset());
            return extractor.extract(html, pr.finalUrl());
        } catch (RuntimeException ex) {
            LOG.warn("Extractor failed on {}: {}", pr.finalUrl(), ex.toString());
            return null;
        }
    }

    private boolean pollPage(Source s, Counts c) throws InterruptedException {
        FetchResult r = fetcher.fetch(s.url(), state.validators(s.url()));
        if (r.outcome() == FetchResult.Outcome.NOT_MODIFIED) return true;
        if (!r.ok()) {
            LOG.info("Could not fetch page {}: {} ({})", s.url(), r.outcome(), r.detail());
            if (r.retryAt() != null) c.retryAt = r.retryAt();
            return false;
        }
        ExtractedArticle page = extract(r);
        String body = page == null ? "" : TextNormalizer.normalise(page.articleBody());
        if (body.isEmpty()) {
            LOG.info("Nothing extracted from page {}", s.url());
            c.failed.incrementAndGet();
            return false;
        }
        String canonical = page.canonicalUrl() != null ? Ids.canonicalUrl(page.canonicalUrl()) : Ids.canonicalUrl(r.finalUrl());
        Set<String> keys = new LinkedHashSet<>(List.of("url:" + Ids.canonicalUrl(s.url()), "url:" + Ids.canonicalUrl(r.finalUrl())));
        if (canonical != null) keys.add("url:" + canonical);
        RawArticle a = new RawArticle("pending", r.finalUrl(), s.name(), s.url(), canonical, Instant.now(), page.published(),
                page.modified(), page.title(), body, page.byline(), page.language(), page.siteName(), "page", null);
        c.add(publishIfChanged(a, keys, canonical));
        state.putValidators(s.url(), r.validators());
        return true;
    }

    /**
     * Publishes the candidate unless the same article was already published with the same title
     * and body. {@code a.id()} is a placeholder: the id is the known article's, or a new one.
     */
    private EntryOutcome publishIfChanged(RawArticle a, Set<String> keys, String canonical) {
        String articleKey = null;
        for (String k : keys) {
            articleKey = state.alias(k);
            if (articleKey != null) break;
        }
        String bodyFingerprint = TextNormalizer.fingerprint(a.body());
        if (articleKey == null) articleKey = canonical != null ? "url:" + canonical : "body:" + bodyFingerprint;
        String contentHash = TextNormalizer.fingerprint(a.title() + "\n" + a.body());
        Instant now = a.fetchedAt();
        ArticleMark known = state.article(articleKey);
        for (String k : keys) state.putAlias(k, articleKey);
        state.putAlias(articleKey, articleKey);
        if (known != null && known.contentHash().equals(contentHash)) {
            state.putArticle(articleKey, new ArticleMark(known.id(), known.contentHash(), known.lastPublished(), now));
            return EntryOutcome.UNCHANGED;
        }
        String id = known != null ? known.id() : Ids.articleId(canonical, bodyFingerprint);
        String tooLarge = RawArticle.bodyTooLarge(a.body());
        if (tooLarge != null) {
            // once per version of the page: remembered like a published one, so the next poll finds it unchanged
            publisher.deadLetter(DeadLetter.of(a.input(), "ingest", tooLarge, now, null));
            state.putArticle(articleKey, new ArticleMark(id, contentHash, known == null ? now : known.lastPublished(), now));
            return EntryOutcome.FAILED;
        }
        RawArticle out = new RawArticle(id, a.input(), a.source(), a.url(), a.canonicalUrl(), a.fetchedAt(), a.publishedAt(),
                a.modifiedAt(), a.title(), a.body(), a.byline(), a.language(), a.siteName(), a.format(), a.guid());
        publisher.publish(out);
        state.putArticle(articleKey, new ArticleMark(id, contentHash, now, now));
        LOG.info("{} article {} ({}, {} chars) from {}", known == null ? "Published" : "Updated", id, a.format(),
                a.body().length(), a.input());
        return known == null ? EntryOutcome.PUBLISHED : EntryOutcome.UPDATED;
    }

    /** For tests and reports: how many distinct articles the state remembers. */
    int rememberedArticles() {
        return state.articleCount();
    }
}
