package io.wirewatch.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed (or one URL of a sitemap). Any field may be null except {@code authors}.
 *
 * @param guid      the entry's own identifier: RSS guid, Atom id, JSON Feed id, RDF about
 * @param link      the article page (absolute when the feed gave enough to resolve it)
 * @param title     plain-text title
 * @param summary   short description as given (may be HTML)
 * @param content   full content as given (may be HTML)
 * @param published first publication time
 * @param updated   last modification time
 */
public record FeedEntry(String guid, String link, String title, String summary, String content,
                        Instant published, Instant updated, List<String> authors) {
    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
        guid = blankToNull(guid);
        link = blankToNull(link);
        title = blankToNull(title);
        summary = blankToNull(summary);
        content = blankToNull(content);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The best text the feed itself carries: content, else summary (either may be HTML), else null. */
    public String bestContent() {
        return content != null ? content : summary;
    }
}
