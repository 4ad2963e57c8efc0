package io.wirewatch.common.model;

import java.util.Objects;

/**
 * An IPTC Media Topic assigned to an article.
 *
 * @param code  the qcode, e.g. {@code medtop:20000530}
 * @param label the en-GB preferred label, e.g. "labour strike"
 * @param score 0..1 confidence
 */
public record TopicTag(String code, String label, double score) {
    public TopicTag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!code.startsWith("medtop:")) throw new IllegalArgumentException("not a Media Topic qcode: " + code);
        if (Double.isNaN(score) || score < 0) score = 0;
    }
}
