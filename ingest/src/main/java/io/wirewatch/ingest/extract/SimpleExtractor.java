package io.wirewatch.ingest.extract;

import io.wirewatch.common.Ids;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A first, plain extractor: title from OpenGraph/h1/title, body from the paragraphs of the
 * {@code <article>} (or of the whole page). Good enough for saved article files; see the
 * extraction benchmark for the real one.
 */
public class SimpleExtractor implements ArticleExtractor {
    @Override
    public ExtractedArticle extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        String title = meta(doc, "meta[property=og:title]");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title();
        }
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.body();
        StringBuilder body = new StringBuilder();
        if (root != null) {
            Elements ps = root.select("p");
            for (Element p : ps) {
                String t = p.text().strip();
                if (t.isEmpty()) continue;
                if (body.length() > 0) body.append("\n\n");
                body.append(t);
            }
            if (body.length() == 0) body.append(root.text());
        }
        String canonical = null;
        Element link = doc.selectFirst("link[rel=canonical]");
        if (link != null && !link.attr("abs:href").isBlank()) canonical = Ids.canonicalUrl(link.attr("abs:href"));
        String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
        return new ExtractedArticle(pageUrl, title == null ? "" : title.strip(), body.toString(),
                meta(doc, "meta[name=author]"), null, null, lang.isBlank() ? null : lang,
                canonical, meta(doc, "meta[property=og:site_name]"));
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String c = e.attr("content").strip();
        return c.isEmpty() ? null : c;
    }
}
