package io.wirewatch.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed.
 *
 * @param wellFormed false when the document was not well-formed and the entries were recovered
 *                   leniently; {@code problem} then says what was wrong
 * @param problem    what was wrong with the document (null when nothing was)
 */
public record Feed(FeedFormat format, String title, String link, String language, List<FeedEntry> entries,
                   boolean wellFormed, String problem) {
    public Feed {
        Objects.requireNonNull(format, "format");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
