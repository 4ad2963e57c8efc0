package io.wirewatch.stream.tag;

import io.wirewatch.common.model.Entity;

import java.util.List;

/**
 * Finds the people, organisations, places and products an article names. Implementations must be
 * thread-safe and must not keep article text; the default is {@link RuleBasedEntityTagger}.
 */
public interface EntityTagger {
    /**
     * @param title headline, may be empty
     * @param body  body text, paragraphs separated by line breaks
     * @return one entity per distinct thing named, aliases resolved, most salient first
     */
    List<Entity> tag(String title, String body);
}
