package io.wirewatch.ingest.extract;

import java.time.Instant;

/**
 * What an extractor pulls out of one HTML page. Any field but {@code articleBody} may be null.
 *
 * @param articleBody main text, paragraphs separated by a blank line ("" when nothing was found)
 * @param published   first publication time; {@code modified} is kept separately
 */
public record ExtractedArticle(String url, String title, String articleBody, String byline,
                               Instant published, Instant modified, String language,
                               String canonicalUrl, String siteName) {
    public ExtractedArticle {
        articleBody = articleBody == null ? "" : articleBody;
    }

    /** A copy with another body, e.g. to log an article without its text. */
    public ExtractedArticle withBody(String body) {
        return new ExtractedArticle(url, title, body, byline, published, modified, language, canonicalUrl, siteName);
    }
}
