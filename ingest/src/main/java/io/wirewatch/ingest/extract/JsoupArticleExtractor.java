package io.wirewatch.ingest.extract;

import io.wirewatch.common.LanguageDetection;
import io.wirewatch.common.Ids;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Wirewatch's article extractor: metadata from {@link PageMetadata}, main text from
 * {@link BodyExtractor}, language from {@link LanguageDetection} with the page's own declaration as
 * fallback, canonical URL without tracking parameters. Thread-safe (no shared mutable state).
 */
public final class JsoupArticleExtractor implements ArticleExtractor {
    private static final int RETRY_BELOW_CHARS = 250;

    @Override
    public ExtractedArticle extract(String html, String pageUrl) {
        if (html == null) html = "";
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        PageMetadata meta = PageMetadata.of(doc, pageUrl);
        String body = new BodyExtractor(meta.jsonLdBody(), meta.byline()).extract(doc.body());
        if (body.length() < RETRY_BELOW_CHARS) {
            // Almost nothing left: the page's class names or hidden-until-JS styles misled the pruning.
            // Retry on a fresh parse without them, as readability does, and keep the longer text.
            Document again = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
            String retry = new BodyExtractor(meta.jsonLdBody(), meta.byline(), false).extract(again.body());
            if (retry.length() > body.length()) body = retry;
        }
        String language = LanguageDetection.detect(body);
        if (language == null) language = LanguageDetection.toIso1(meta.declaredLanguage());
        return new ExtractedArticle(meta.url(), meta.title(), body, meta.byline(), meta.published(),
                meta.modified(), language, Ids.canonicalUrl(meta.canonicalUrl()), meta.siteName());
    }
}
