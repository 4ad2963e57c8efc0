package io.wirewatch.ingest.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing to poll.
 *
 * @param type     what the URL holds
 * @param url      absolute http(s) URL
 * @param interval configured poll interval (adaptive polling moves around it), or null for the default
 * @param name     outlet name for {@code RawArticle.source}; defaults to the URL's host
 */
public record Source(Type type, String url, Duration interval, String name) {
    public enum Type {
        /** RSS, Atom or JSON Feed. */
        FEED,
        /** Sitemap or sitemap index (incl. Google News sitemaps). */
        SITEMAP,
        /** A single page, re-extracted when it changes (a live blog, a statement page). */
        PAGE;

        public static Type parse(String s) {
            return Type.valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    public Source {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        url = url.strip();
        if (!url.toLowerCase(Locale.ROOT).matches("https?://[^\\s/]+.*")) {
            throw new IllegalArgumentException("source URL must be absolute http(s): " + url);
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("poll interval must be positive: " + interval);
        }
        if (name == null || name.isBlank()) name = java.net.URI.create(url.replace(" ", "%20")).getHost();
    }

    /** A feed with the default interval, as {@code wirewatch ingest --feed URL} adds it. */
    public static Source feed(String url) {
        return new Source(Type.FEED, url, null, null);
    }
}
