package io.wirewatch.ingest.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;

/** Feed autodiscovery: the feed a web page advertises with {@code <link rel="alternate" type="...">}. */
final class FeedDiscovery {
    private static final String[] TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json",
            "application/json", "application/rdf+xml", "text/xml", "application/xml"};

    private FeedDiscovery() {
    }

    /** @return the absolute URL of the first advertised feed, preferring RSS/Atom/JSON Feed, or null */
    static String find(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        for (String type : TYPES) {
            for (Element link : doc.select("link[href][type]")) {
                String rel = link.attr("rel").toLowerCase(Locale.ROOT);
                if (!rel.contains("alternate")) continue;
                if (!link.attr("type").strip().toLowerCase(Locale.ROOT).startsWith(type)) continue;
                String href = link.attr("abs:href");
                if (!href.isBlank()) return href;
            }
        }
        return null;
    }
}
