package io.wirewatch.common.query;

import java.util.Locale;

/** The fields a query can name; {@link #prefix()} is the prefix of the field's keys in a {@link MatchView}. */
public enum FieldKind {
    ENTITY("entity", "e:", 1),
    TYPE("type", "y:", 10),
    TOPIC("topic", "t:", 3),
    SOURCE("source", "s:", 2),
    LANG("lang", "l:", 10);

    /** Key prefix of plain words of the title and body. */
    public static final String WORD_PREFIX = "w:";

    private final String fieldName;
    private final String prefix;
    private final int cost;

    FieldKind(String fieldName, String prefix, int cost) {
        this.fieldName = fieldName;
        this.prefix = prefix;
        this.cost = cost;
    }

    public String fieldName() {
        return fieldName;
    }

    public String prefix() {
        return prefix;
    }

    /**
     * Rough cost of using a key of this kind as an index anchor: how many alerts are likely to carry it.
     * Entity names and words are selective; entity types and languages are on almost every alert.
     */
    int anchorCost() {
        return cost;
    }

    static FieldKind byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (FieldKind k : values()) {
            if (k.fieldName.equals(n)) return k;
        }
        return null;
    }

    static int keyCost(String key) {
        if (key.startsWith(WORD_PREFIX)) return 1;
        for (FieldKind k : values()) {
            if (key.startsWith(k.prefix)) return k.cost;
        }
        return 1;
    }
}
