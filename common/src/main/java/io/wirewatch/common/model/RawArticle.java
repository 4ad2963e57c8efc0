package io.wirewatch.common.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingest saw it, before any processing. Value of {@code wirewatch.articles.raw},
 * keyed by {@link #id()}.
 *
 * @param id           stable key: hash of the canonical URL, or of the body when there is no URL
 * @param input        where it came from, for reports: a file name, "file.jsonl:3", or a feed/page URL
 * @param source       outlet or feed name (may be empty when unknown)
 * @param url          the URL as found (may be null for local files without one)
 * @param canonicalUrl canonical URL (rel=canonical, tracking parameters stripped), may be null
 * @param fetchedAt    when ingest read it
 * @param publishedAt  publication time if known
 * @param modifiedAt   last modification time if known
 * @param title        headline (may be empty)
 * @param body         main body text, paragraphs separated by blank lines
 * @param byline       author(s) if known
 * @param language     ISO 639-1 code if known
 * @param siteName     site name if known
 * @param format       raw format: txt, html, jsonl, rss, atom, json-feed, sitemap, page
 * @param guid         feed entry GUID if any
 */
public record RawArticle(String id, String input, String source, String url, String canonicalUrl,
                         Instant fetchedAt, Instant publishedAt, Instant modifiedAt,
                         String title, String body, String byline, String language, String siteName,
                         String format, String guid) {
    /**
     * Largest body, in UTF-8 bytes, an article may carry. Every stage writes the body into one Kafka record, and a
     * broker takes at most 1 MiB per record unless told otherwise ({@code message.max.bytes}); half of that leaves
     * room for the other fields and for text that compresses badly. News articles are far shorter: the longest of
     * the 181 real pages of the extraction benchmark has 96 KB of text.
     */
    public static final int MAX_BODY_BYTES = 512 * 1024;

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(body, "body");
        if (id.isBlank()) throw new IllegalArgumentException("id is blank");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        format = format == null ? "txt" : format;
    }

    /** Why this body cannot travel as one article record ({@link #MAX_BODY_BYTES}), or null when it can. */
    public static String bodyTooLarge(String body) {
        long bytes = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes <= MAX_BODY_BYTES ? null : "article text is " + bytes + " bytes, over the limit of "
                + MAX_BODY_BYTES + " for one record: not a news article, or an extraction that took the whole page";
    }
}
