package io.wirewatch.common.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity found in an article.
 *
 * @param name      canonical name ("Andy Jassy", not "Jassy")
 * @param type      PERSON, ORGANIZATION, LOCATION, PRODUCT (or another upper-case type)
 * @param mentions  how many times the article mentions it (aliases included), at least 1
 * @param salience  0..1, how central the entity is to the article (title and lead weigh more)
 * @param aliases   other surface forms resolved to this entity within the article
 */
public record Entity(String name, String type, int mentions, double salience, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) throw new IllegalArgumentException("entity name is blank");
        if (mentions < 1) mentions = 1;
        if (Double.isNaN(salience) || salience < 0) salience = 0;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Entity(String name, String type) {
        this(name, type, 1, 0, List.of());
    }
}
