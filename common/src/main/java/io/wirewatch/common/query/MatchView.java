package io.wirewatch.common.query;

import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.TopicTag;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@link Matchable} prepared once per alert so that every subscription is checked with hash look-ups:
 * the set of {@link #keys()} ({@code w:word}, {@code e:entity}, {@code y:type}, {@code t:topic},
 * {@code s:source}, {@code l:lang}) and the token stream for phrases.
 */
public final class MatchView {
    private static final Pattern LANG_SEPARATOR = Pattern.compile("[_-]");

    private final Set<String> keys = new HashSet<>();
    /** " tok tok | tok tok " — title and body tokens; the bar stops a phrase from spanning title and body. */
    private final String joined;

    private MatchView(String joined) {
        this.joined = joined;
    }

    public static MatchView of(Matchable m, TopicHierarchy hierarchy) {
        List<String> title = Text.tokens(m.title());
        List<String> body = Text.tokens(m.body());
        StringBuilder joined = new StringBuilder(m.title().length() + m.body().length() + 8).append(' ');
        for (String t : title) joined.append(t).append(' ');
        joined.append("| ");
        for (String t : body) joined.append(t).append(' ');
        MatchView v = new MatchView(joined.toString());
        Set<String> distinct = new HashSet<>(title);
        distinct.addAll(body);
        for (String t : distinct) v.keys.add(FieldKind.WORD_PREFIX + t);
        for (Entity e : m.entities()) {
            v.addFolded(FieldKind.ENTITY, e.name());
            for (String alias : e.aliases()) v.addFolded(FieldKind.ENTITY, alias);
            v.addFolded(FieldKind.TYPE, QueryParser.canonicalType(e.type()));
        }
        for (TopicTag t : m.topics()) {
            v.addTopic(t.code(), t.label());
            for (String ancestor : hierarchy.ancestorsOf(t.code())) {
                v.addTopic(ancestor, hierarchy.labelOf(ancestor));
            }
        }
        String source = QueryParser.canonicalSource(m.source());
        if (!source.isEmpty()) v.keys.add(FieldKind.SOURCE.prefix() + source);
        String lang = m.language().trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!lang.isEmpty()) {
            v.keys.add(FieldKind.LANG.prefix() + lang);
            v.keys.add(FieldKind.LANG.prefix() + LANG_SEPARATOR.split(lang, 2)[0]);
        }
        return v;
    }

    private void addFolded(FieldKind kind, String value) {
        String f = Text.fold(value);
        if (!f.isEmpty()) keys.add(kind.prefix() + f);
    }

    private void addTopic(String code, String label) {
        keys.add(FieldKind.TOPIC.prefix() + code.toLowerCase(Locale.ROOT));
        if (label != null) addFolded(FieldKind.TOPIC, label);
    }

    /** Every key this alert carries; the index looks subscriptions up by them. */
    public Set<String> keys() {
        return keys;
    }

    public boolean has(String key) {
        return keys.contains(key);
    }

    /** True when the tokens occur consecutively in the title or in the body. */
    public boolean containsPhrase(List<String> tokens) {
        for (String t : tokens) {
            if (!keys.contains(FieldKind.WORD_PREFIX + t)) return false; // cheap rejection before the scan
        }
        return joined.contains(" " + String.join(" ", tokens) + " ");
    }
}
