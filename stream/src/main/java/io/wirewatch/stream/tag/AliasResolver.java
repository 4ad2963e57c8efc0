package io.wirewatch.stream.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import static io.wirewatch.stream.tag.Group.LOC;
import static io.wirewatch.stream.tag.Group.ORG;
import static io.wirewatch.stream.tag.Group.PERSON;
import static io.wirewatch.stream.tag.Group.PRODUCT;

/**
 * Within-article alias resolution for {@link RuleBasedEntityTagger}: surnames to full names, family names to the
 * one versioned product, acronyms to what they abbreviate, misspellings to the frequent spelling, and
 * "the Journal" to the one name ending in "Journal". Each step merges {@link Group}s in place.
 */
final class AliasResolver {
    /** Lower-case words allowed inside a name; skipped when forming initials. */
    private static final Set<String> CONNECTORS = RuleBasedEntityTagger.CONNECTORS;

    private AliasResolver() {
    }

    static Group root(Group g) {
        while (g.mergedInto != null) g = g.mergedInto;
        return g;
    }

    static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /** "Mythos" → "Mythos 5" when the article names exactly one versioned member of the family. */
    static void mergeVersionedProducts(List<Group> groups) {
        // index "Mythos 5" under "Mythos" once, so the merge stays linear in the number of names
        Map<String, List<Group>> byBase = new HashMap<>();
        for (Group g : groups) {
            int sp = g.name.lastIndexOf(' ');
            if (sp > 0 && g.score(PRODUCT) >= 4 && isVersionString(g.name.substring(sp + 1))) {
                byBase.computeIfAbsent(g.name.substring(0, sp), k -> new ArrayList<>()).add(g);
            }
        }
        for (Group base : groups) {
            if (base.mergedInto != null || base.gazetteer) continue;
            List<Group> versions = byBase.get(base.name);
            if (versions != null && versions.size() == 1 && versions.get(0) != base && versions.get(0).mergedInto == null) {
                versions.get(0).absorb(base);
            }
        }
    }

    /** "A350-900" → "A350": a product name that is another product name plus a hyphenated variant. */
    static void mergeProductVariants(List<Group> groups) {
        for (Group v : groups) {
            if (v.mergedInto != null || v.type() != PRODUCT) continue;
            String base = withoutModelVariant(v.name);
            if (base == null) continue;
            for (Group b : groups) {
                if (b != v && b.mergedInto == null && b.name.equals(base)) {
                    b.absorb(v);
                    break;
                }
            }
        }
    }

    /**
     * "Dreamliner" → "787 Dreamliner": a product name that another product's name repeats after a leading model
     * number is the same product (the number is the model, the word its marketing name).
     */
    static void mergeModelNumberedProducts(List<Group> groups) {
        Map<String, Group> products = new HashMap<>();
        for (Group g : groups) if (g.mergedInto == null && g.type() == PRODUCT) products.putIfAbsent(g.name, g);
        for (Group v : groups) {
            if (v.mergedInto != null || v.type() != PRODUCT) continue;
            int sp = v.name.indexOf(' ');
            if (sp <= 0 || !Character.isDigit(v.name.charAt(0))) continue;
            Group b = products.get(v.name.substring(sp + 1));
            if (b != null && b != v && b.mergedInto == null) v.absorb(b);
        }
    }

    /**
     * The name without its hyphenated variant: "A350" for "A350-900", "787 Dreamliner" for "787-9 Dreamliner"
     * (a word-internal hyphen counts only after a model number, so "F-35" keeps its hyphen); null when none.
     */
    static String withoutModelVariant(String name) {
        int h = name.lastIndexOf('-');
        if (h <= 0) return null;
        int sp = name.indexOf(' ', h);
        if (sp < 0) return name.substring(0, h); // the hyphen is in the last word: "A350-900"
        int wordStart = name.lastIndexOf(' ', h) + 1;
        if (!hasDigit(name.substring(wordStart, h))) return null;
        return name.substring(0, h) + name.substring(sp);
    }

    static boolean isVersionString(String s) {
        return !s.isEmpty() && s.length() <= 6 && Character.isDigit(s.charAt(0)) && s.indexOf(' ') < 0;
    }

    /** "EAR" → "Export Administration Regulations" when the capitals are the initials of the longer name. */
    static void mergeAcronyms(List<Group> groups) {
        for (Group a : groups) {
            if (a.mergedInto != null || a.gazetteer) continue;
            String s = a.name;
            if (s.length() < 2 || s.length() > 6 || !s.equals(s.toUpperCase(Locale.ROOT)) || s.indexOf(' ') >= 0) continue;
            for (Group g : groups) {
                if (g == a || g.mergedInto != null || g.tokens() < 2) continue;
                if (initials(g.name).equals(s) || initials(g.name).equals(s.replace(".", ""))) {
                    root(g).absorb(a);
                    break;
                }
            }
        }
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (w.isEmpty() || CONNECTORS.contains(w)) continue;
            if (Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    /** Legal-form and club words that a company or club often drops: "Ceres Robotics Inc." is "Ceres Robotics". */
    private static final Set<String> LEGAL_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.",
            "Ltd", "Ltd.", "LLC", "plc", "PLC", "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "FC", "AFC");
    private static final Set<String> CLUB_PREFIXES = Set.of("FC", "AC", "AS", "SC", "CF", "SV", "VfB", "VfL");

    /**
     * Short forms of organisation names within one article: "FC Porto" and "Porto", "Sierra Nevada Corporation"
     * and "Sierra Nevada" (legal-form and club words dropped), and "Tottenham" for "Tottenham Hotspur" (a one-word
     * organisation that is the first word of exactly one longer name with no person evidence). The more frequent
     * form stays the canonical name.
     */
    static void mergeOrganisationShortForms(List<Group> groups) {
        Map<String, Group> byName = new HashMap<>();
        Map<String, List<Group>> byFirstWord = new HashMap<>();
        for (Group g : groups) {
            if (g.mergedInto != null) continue;
            byName.putIfAbsent(g.name, g);
            if (g.tokens() >= 2 && !hasDigit(g.name) && g.type() != PRODUCT && g.votes[PERSON] == 0) {
                byFirstWord.computeIfAbsent(g.name.substring(0, g.name.indexOf(' ')), k -> new ArrayList<>()).add(g);
            }
        }
        for (Group g : groups) {
            if (g.mergedInto != null || g.tokens() < 2 || g.type() == PERSON || g.type() == PRODUCT) continue;
            String core = withoutLegalForm(g.name);
            if (core.equals(g.name)) continue;
            Group shortForm = byName.get(core);
            if (shortForm == null || shortForm == g || root(shortForm) == root(g)) continue;
            Group a = root(g), b = root(shortForm);
            if (b.count() > a.count()) b.absorb(a);
            else a.absorb(b);
        }
        for (Group a : groups) {
            if (a.mergedInto != null || a.gazetteer || a.tokens() != 1 || a.type() != ORG) continue;
            List<Group> candidates = new ArrayList<>(byFirstWord.getOrDefault(a.name, List.of()));
            candidates.removeIf(g -> g == a || g.mergedInto != null);
            if (candidates.size() == 1) {
                Group c = candidates.get(0);
                if (a.count() > c.count()) a.absorb(c);
                else c.absorb(a);
            }
        }
    }

    static String withoutLegalForm(String name) {
        String[] parts = name.split(" ");
        int from = 0, to = parts.length;
        if (to - from > 1 && LEGAL_SUFFIXES.contains(parts[to - 1])) to--;
        else if (to - from > 1 && CLUB_PREFIXES.contains(parts[0])) from++;
        return from == 0 && to == parts.length ? name : String.join(" ", java.util.Arrays.copyOfRange(parts, from, to));
    }

    /** "Jassy" → "Andy Jassy": a one-word name equal to the last (or first) word of one multi-word person. */
    static void mergePartialPersonNames(List<Group> groups) {
        // index multi-word person names by their last word (skipping "Jr.") and by their first word
        Map<String, List<Group>> byLast = new HashMap<>();
        Map<String, List<Group>> byFirst = new HashMap<>();
        for (Group g : groups) {
            if (g.tokens() < 2 || g.type() != PERSON) continue;
            String[] parts = g.name.split(" ");
            int lastIdx = parts.length - 1;
            if (lastIdx > 1 && NAME_SUFFIXES.contains(parts[lastIdx])) lastIdx--;
            byLast.computeIfAbsent(parts[lastIdx], k -> new ArrayList<>()).add(g);
            byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(g);
        }
        // "Eyamba Sowers" typed an organisation only for want of a known first name: plain two- or three-word
        // names without any organisation, place or product evidence, indexed for a surname that is a person's
        Map<String, List<Group>> byLastUntyped = new HashMap<>();
        for (Group g : groups) {
            if (g.tokens() < 2 || g.tokens() > 3 || g.type() == PERSON || g.gazetteer
                    || g.votes[ORG] > 0 || g.votes[LOC] > 0 || g.votes[PRODUCT] > 0) continue;
            String[] parts = g.name.split(" ");
            byLastUntyped.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(g);
        }
        for (Group a : groups) {
            // "Van Der Beek" → "James Van Der Beek": a multi-word name that ends the name of one person
            if (a.mergedInto != null || a.gazetteer || a.tokens() < 2) continue;
            String[] parts = a.name.split(" ");
            Group only = null;
            int found = 0;
            for (Group g : byLast.getOrDefault(parts[parts.length - 1], List.of())) {
                if (g != a && g.mergedInto == null && g.tokens() > a.tokens() && g.name.endsWith(" " + a.name)) {
                    only = g;
                    found++;
                }
            }
            if (found == 1) only.absorb(a);
        }
        for (Group a : groups) {
            if (a.mergedInto != null || a.gazetteer || a.tokens() != 1) continue;
            List<Group> candidates = new ArrayList<>(byLast.getOrDefault(a.name, List.of()));
            if (candidates.isEmpty() && a.type() == PERSON) candidates.addAll(byLastUntyped.getOrDefault(a.name, List.of()));
            if (a.count() <= 2) {
                for (Group g : byFirst.getOrDefault(a.name, List.of())) if (!candidates.contains(g)) candidates.add(g);
            }
            candidates.removeIf(g -> g == a || g.mergedInto != null);
            if (candidates.size() == 1) candidates.get(0).absorb(a);
        }
    }

    /** "Anthroplic" → "Anthropic": a rarer name one or two edits away from a more frequent one. */
    static void mergeSpellingVariants(List<Group> groups) {
        // Compare only names with the same first letter and word count; never names with digits ("Mythos 4" and
        // "Mythos 5" are different products); the frequent name must be seen at least twice.
        Map<String, List<Group>> buckets = new HashMap<>();
        for (Group g : groups) {
            if (g.name.length() < 6 || hasDigit(g.name)) continue;
            buckets.computeIfAbsent(Character.toLowerCase(g.name.charAt(0)) + "/" + g.tokens(), k -> new ArrayList<>()).add(g);
        }
        for (List<Group> bucket : buckets.values()) {
            if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) continue;
            for (Group a : bucket) {
                if (a.mergedInto != null || a.gazetteer) continue;
                for (Group b : bucket) {
                    if (b == a || b.mergedInto != null || b.count() < Math.max(2, a.count())
                            || b.count() == a.count() && !b.gazetteer) continue;
                    if (EditDistance.closeSpelling(a.name, b.name)) {
                        b.absorb(a);
                        break;
                    }
                }
            }
        }
    }

    /** Beyond this many similar names in one article, it is a list, not a misspelling: leave it alone. */
    private static final int MAX_BUCKET = 200;

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** "the Journal" → the one name of the article ending in "Journal"; otherwise it names nothing. */
    static void attachDefiniteHeads(List<Group> groups, List<Mention> definite) {
        for (Mention m : definite) {
            Group target = null;
            int found = 0;
            for (Group g : groups) {
                if (g.mergedInto != null || g.tokens() < 2) continue;
                if (g.name.endsWith(" " + m.surface)) {
                    target = g;
                    found++;
                }
                for (String s : g.surfaces) {
                    if (target != g && s.endsWith(" " + m.surface)) {
                        target = g;
                        found++;
                    }
                }
            }
            if (found == 1) {
                target.mentions.add(m);
                target.surfaces.add("the " + m.surface);
            }
        }
    }
}
