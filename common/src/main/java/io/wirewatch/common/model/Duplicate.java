package io.wirewatch.common.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that was recognised as a copy of an article already accepted. Value of
 * {@code wirewatch.duplicates}, keyed by the original's article id ({@link #duplicateOf()}) so that
 * stories can count how many outlets carried an article.
 *
 * @param input       where the copy came from
 * @param articleId   the id the copy would have had
 * @param duplicateOf the first-seen article it copies
 * @param kind        EXACT (same fingerprint) or NEAR (near-duplicate text)
 * @param similarity  1.0 for exact copies, else the measured similarity
 */
public record Duplicate(String input, String articleId, String duplicateOf, String kind, double similarity,
                        String url, String source, String title, Instant time) {
    public Duplicate {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
    }
}
