package io.wirewatch.app;

import io.wirewatch.common.Settings;
import io.wirewatch.ingest.RawArticlePublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.web.Source;
import io.wirewatch.ingest.web.WebIngestConfig;
import io.wirewatch.ingest.web.WebIngester;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Web sources given on the command line (on top of {@code ingest.sources.file}). */
public class WebSourceOptions {
    @Option(names = "--feed", paramLabel = "URL", description = "Poll this RSS/Atom/JSON feed (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--sitemap", paramLabel = "URL", description = "Poll this sitemap or sitemap index (repeatable).")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--page", paramLabel = "URL", description = "Poll this single article page (repeatable).")
    List<String> pages = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "FILE",
            description = "Sources file: one `TYPE URL [INTERVAL] [NAME]` a line (ingest.sources.file).")
    Path sourcesFile;

    @Option(names = "--allow-private-addresses",
            description = "Allow sources on loopback/private addresses (off by default: SSRF guard).")
    boolean allowPrivate;

    void applyTo(Settings s) {
        s.with(WebIngestConfig.SOURCES_FILE, sourcesFile);
        if (allowPrivate) s.with(WebIngestConfig.ALLOW_PRIVATE_ADDRESSES, true);
    }

    /** A web ingester over the configured sources, or null when there are none. */
    WebIngester open(Settings s, RawArticlePublisher publisher) throws IOException {
        applyTo(s);
        WebIngestConfig cfg = new WebIngestConfig(s.asMap());
        boolean any = !feeds.isEmpty() || !sitemaps.isEmpty() || !pages.isEmpty() || cfg.sourcesFile() != null;
        if (!any) return null;
        WebIngester w = new WebIngester(cfg, cfg.stateDir(), publisher, ArticleExtractor.defaultExtractor());
        feeds.forEach(u -> w.addSource(Source.feed(u)));
        sitemaps.forEach(u -> w.addSource(new Source(Source.Type.SITEMAP, u, null, null)));
        pages.forEach(u -> w.addSource(new Source(Source.Type.PAGE, u, null, null)));
        return w;
    }
}
