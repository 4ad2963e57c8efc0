package io.wirewatch.ingest.extract;

/** Pulls the article out of an HTML page. Implementations are thread-safe. */
public interface ArticleExtractor {
    /**
     * @param html    the decoded page
     * @param pageUrl the URL the page was fetched from (base for relative links), or null
     */
    ExtractedArticle extract(String html, String pageUrl);

    /** The extractor Wirewatch uses by default. */
    static ArticleExtractor defaultExtractor() {
        return new JsoupArticleExtractor();
    }
}
