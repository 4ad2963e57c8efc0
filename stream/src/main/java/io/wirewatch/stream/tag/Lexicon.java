package io.wirewatch.stream.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the rule-based tagger consults, loaded once from {@code tag/lexicon/} on the classpath
 * (sources and licences in {@code tag/SOURCE.md}). Immutable and thread-safe after construction.
 * <ul>
 *   <li>common words: lower-case English words (SCOWL); tells "Founded" at a sentence start from "Anthropic"</li>
 *   <li>gazetteer: well-known places, organisations and products, each surface form → canonical name and type</li>
 *   <li>first names, person titles, non-entity capitalised words (months, demonyms, common acronyms)</li>
 * </ul>
 */
public final class Lexicon {
    /** A gazetteer hit: canonical name and type. */
    public record Gazetteered(String canonical, String type) {
    }

    private static volatile Lexicon defaultInstance;

    private final Set<String> commonWords;
    private final Set<String> firstNames;
    private final Set<String> titles;
    private final Set<String> nonEntities;
    /** Surface form (exact case, tokens joined by one space) → entry. */
    private final Map<String, Gazetteered> gazetteer;
    private final int maxGazetteerTokens;

    Lexicon(Set<String> commonWords, Set<String> firstNames, Set<String> titles, Set<String> nonEntities,
            Map<String, Gazetteered> gazetteer) {
        this.commonWords = new HashSet<>(commonWords);
        this.firstNames = Set.copyOf(firstNames);
        this.titles = Set.copyOf(titles);
        this.nonEntities = Set.copyOf(nonEntities);
        this.gazetteer = new HashMap<>(gazetteer);
        int max = 1;
        for (String k : gazetteer.keySet()) max = Math.max(max, k.split(" ").length);
        this.maxGazetteerTokens = max;
    }

    /** The lists shipped in the jar, loaded on first use. */
    public static Lexicon defaults() {
        Lexicon l = defaultInstance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = defaultInstance;
                if (l == null) {
                    l = load();
                    defaultInstance = l;
                }
            }
        }
        return l;
    }

    private static Lexicon load() {
        Set<String> common = new HashSet<>(60_000);
        readLines("tag/lexicon/common-words.txt.gz", true, line -> common.add(line));
        Set<String> names = new HashSet<>();
        readLines("tag/lexicon/first-names.txt", false, line -> {
            for (String n : line.split("\\s+")) if (!n.isEmpty()) names.add(n);
        });
        Set<String> titles = new HashSet<>();
        readLines("tag/lexicon/titles.txt", false, line -> titles.add(line.toLowerCase(Locale.ROOT)));
        Set<String> non = new HashSet<>();
        readLines("tag/lexicon/non-entities.txt", false, line -> {
            for (String n : line.split("\\s+")) if (!n.isEmpty()) non.add(n.toLowerCase(Locale.ROOT));
        });
        Map<String, Gazetteered> gaz = new HashMap<>();
        for (var file : List.of(new String[]{"countries.txt", EntityTypes.LOCATION},
                new String[]{"regions.txt", EntityTypes.LOCATION}, new String[]{"cities.txt", EntityTypes.LOCATION},
                new String[]{"celestial.txt", EntityTypes.LOCATION},
                new String[]{"organizations.txt", EntityTypes.ORGANIZATION},
                new String[]{"products.txt", EntityTypes.PRODUCT})) {
            readLines("tag/lexicon/" + file[0], false, line -> {
                String[] forms = line.split("\\|");
                Gazetteered g = new Gazetteered(forms[0].strip(), file[1]);
                for (String f : forms) {
                    String key = surfaceKey(f.strip());
                    if (!key.isEmpty()) gaz.putIfAbsent(key, g);
                }
            });
        }
        return new Lexicon(common, names, titles, non, gaz);
    }

    /** Tokens of a gazetteer form joined by single spaces, the way the tagger looks them up. */
    static String surfaceKey(String form) {
        StringBuilder sb = new StringBuilder();
        for (Token t : Tokenizer.tokenize(form, 0, false)) {
            if (t.kind() == Token.Kind.POSSESSIVE) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.text());
        }
        return sb.toString();
    }

    private interface LineSink {
        void accept(String line);
    }

    private static void readLines(String resource, boolean gzip, LineSink sink) {
        try (InputStream raw = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("missing classpath resource " + resource);
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** True when the lower-cased word is an ordinary English word (so its capital may just start a sentence). */
    public boolean isCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return commonWords.contains(w);
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    public boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return titles.contains(w);
    }

    /** Months, weekdays, demonyms, common acronyms: capitalised but never one of our entity types. */
    public boolean isNonEntity(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        // contractions ("I'll", "We're", "Don't") are never names
        if (w.endsWith("'ll") || w.endsWith("'re") || w.endsWith("'ve") || w.endsWith("'d") || w.endsWith("n't")
                || w.endsWith("'m")) return true;
        if (nonEntities.contains(w)) return true;
        // the plural of an all-caps acronym ("SUVs", "CEOs", "IPOs") is as little a name as the acronym
        return word.length() >= 3 && word.endsWith("s") && isAllUpper(word, word.length() - 1)
                && nonEntities.contains(w.substring(0, w.length() - 1));
    }

    private static boolean isAllUpper(String s, int end) {
        for (int i = 0; i < end; i++) if (!Character.isUpperCase(s.charAt(i))) return false;
        return true;
    }

    public Gazetteered gazetteer(String surfaceKey) {
        return gazetteer.get(surfaceKey);
    }

    public int maxGazetteerTokens() {
        return maxGazetteerTokens;
    }
}
