package io.wirewatch.stream.story;

import io.wirewatch.common.model.Entity;
import io.wirewatch.stream.tag.EditDistance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a name an article spells differently to the name its story already knows ("Anthroplic" in a
 * follow-up → "Anthropic"; a bare surname → the story's full name of that person), so readers filtering by
 * entity see one entity across a story's articles.
 * <p>
 * Within one article the tagger already merges a rare spelling into a frequent one ({@code AliasResolver});
 * across articles the evidence is the story: the article was clustered into it by its text, and the story
 * has seen the other spelling many times. A name is mapped only when the evidence is strong:
 * <ul>
 *   <li>the story has never seen the article's spelling, and has seen the other at least
 *       {@value #MIN_KNOWN_MENTIONS} times and at least twice as often as this article uses its own;</li>
 *   <li>the two differ by one edit (two when both are at least 9 characters, {@link EditDistance#closeSpelling}), start with
 *       the same letter, have as many words, at least {@value #MIN_LENGTH} characters and no digits
 *       ("Mythos 4" and "Mythos 5" are different products; "Iran" and "Iraq" are too short to judge);</li>
 *   <li>exactly one known name qualifies (two candidates mean the name is ambiguous: leave it).</li>
 * </ul>
 * The article keeps its spelling as an alias of the canonical entity.
 */
final class EntityCanonicaliser {
    static final int MIN_KNOWN_MENTIONS = 3;
    static final int MIN_LENGTH = 6;

    private EntityCanonicaliser() {
    }

    /** The article's entities with spelling variants of the story's names replaced, duplicates merged. */
    static List<Entity> canonicalise(List<Entity> entities, Map<String, Entity> known) {
        if (entities.isEmpty() || known.isEmpty()) return entities;
        Map<String, Entity> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Entity e : entities) {
            Entity target = known.containsKey(e.name()) ? null : target(e, known);
            Entity mapped = e;
            if (target != null) {
                List<String> aliases = new ArrayList<>(e.aliases());
                if (!aliases.contains(e.name())) aliases.add(e.name());
                mapped = new Entity(target.name(), target.type(), e.mentions(), e.salience(), aliases);
                changed = true;
            }
            out.merge(mapped.name(), mapped, EntityCanonicaliser::merge);
        }
        return changed ? List.copyOf(out.values()) : entities;
    }

    private static Entity target(Entity e, Map<String, Entity> known) {
        Entity person = fullNameOf(e, known);
        return person != null ? person : spellingOf(e, known);
    }

    /**
     * "Trump" in a follow-up → the story's "Donald Trump": a one-word name that is the last word of exactly
     * one multi-word PERSON the story has seen at least twice, as the tagger resolves surnames within one
     * article. Two known people with that surname leave it alone.
     */
    private static Entity fullNameOf(Entity e, Map<String, Entity> known) {
        String name = e.name();
        if (words(name) != 1 || !(e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) return null;
        Entity found = null;
        for (Entity k : known.values()) {
            if (!k.type().equals("PERSON") || words(k.name()) < 2 || k.mentions() < 2) continue;
            if (!k.name().endsWith(" " + name)) continue;
            if (found != null) return null; // two people of that name: ambiguous
            found = k;
        }
        return found;
    }

    private static Entity spellingOf(Entity e, Map<String, Entity> known) {
        String name = e.name();
        if (name.length() < MIN_LENGTH || hasDigit(name)) return null;
        int words = words(name);
        Entity found = null;
        for (Entity k : known.values()) {
            String kn = k.name();
            if (kn.length() < MIN_LENGTH || hasDigit(kn) || words(kn) != words) continue;
            if (k.mentions() < Math.max(MIN_KNOWN_MENTIONS, 2 * e.mentions())) continue;
            if (Character.toLowerCase(kn.charAt(0)) != Character.toLowerCase(name.charAt(0))) continue;
            if (!EditDistance.closeSpelling(name, kn)) continue;
            if (found != null) return null; // ambiguous
            found = k;
        }
        return found;
    }

    private static Entity merge(Entity a, Entity b) {
        List<String> aliases = new ArrayList<>(a.aliases());
        for (String s : b.aliases()) if (!aliases.contains(s)) aliases.add(s);
        return new Entity(a.name(), a.type(), a.mentions() + b.mentions(), Math.min(1, Math.max(a.salience(), b.salience())),
                aliases);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
