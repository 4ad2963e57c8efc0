package io.wirewatch.ingest.extract;

/** Pulls the article out of an HTML page. Implementations are thread-safe. */
public interface ArticleExtractor {
    /**
     * @param html    the decoded page
     * @param pageUrl the URL the page was fetched from (base for relative links), or null
     */
    ExtractedArticle extract(String html, String pageUrl);

    /**
     * Extracts from raw bytes, choosing the charset the way a browser would: BOM, the Content-Type
     * header's charset, {@code <meta charset>}, then detection (see {@link HtmlDecoder}).
     *
     * @param contentType the HTTP Content-Type header, or null for a local file
     */
    default ExtractedArticle extract(byte[] bytes, String contentType, String pageUrl) {
        return extract(HtmlDecoder.decode(bytes, contentType), pageUrl);
    }

    /** The extractor Wirewatch uses by default. */
    static ArticleExtractor defaultExtractor() {
        return new JsoupArticleExtractor();
    }
}
