package io.wirewatch.stream.story;

import org.apache.lucene.analysis.CharArraySet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Function words of the languages other than English, as the story stage's terms spell them (folded and stemmed
 * like {@link TextFeatures#terms}), from the stop lists Apache Lucene ships for its analyzers (Snowball's and
 * others'; {@code lucene-analysis-common}, Apache-2.0).
 * <p>
 * Why: {@link TextFeatures} drops English function words only. In a Spanish article "de", "la", "el" and "en" were
 * its heaviest terms, rare in a mostly English stream and so weighted high, and any two Spanish articles shared
 * them: a second bus crash the same day joined the first one's story by them (word cosine 0.58). A list per
 * language, applied to articles of that language only, because one language's function word is another's content
 * word ("war", "die", "era", "son").
 * <p>
 * A language Lucene has no list for (Afrikaans, Slovenian, Slovak, Swahili, Vietnamese, Hebrew and 15 others) takes
 * its list from stopwords-iso ({@value #ISO_RESOURCE}, MIT; see {@code stopwords-iso.SOURCE.md}), and Macedonian,
 * which neither has, from our own {@value #OWN_RESOURCE}. Without one, an Afrikaans council budget joined a
 * furniture-factory fire's story by "die", "het", "van" and "vir" alone, and a Macedonian one by "на", "во", "за" and
 * "дека".
 */
final class ForeignStopwords {
    /** ISO 639-1 code → the analyzer's default stop set. English is not here: {@link TextFeatures#STOPWORDS}. */
    private static final Map<String, Supplier<CharArraySet>> LISTS = Map.ofEntries(
            Map.entry("ar", org.apache.lucene.analysis.ar.ArabicAnalyzer::getDefaultStopSet),
            Map.entry("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer::getDefaultStopSet),
            Map.entry("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::getDefaultStopSet),
            Map.entry("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::getDefaultStopSet),
            Map.entry("da", org.apache.lucene.analysis.da.DanishAnalyzer::getDefaultStopSet),
            Map.entry("de", org.apache.lucene.analysis.de.GermanAnalyzer::getDefaultStopSet),
            Map.entry("el", org.apache.lucene.analysis.el.GreekAnalyzer::getDefaultStopSet),
            Map.entry("es", org.apache.lucene.analysis.es.SpanishAnalyzer::getDefaultStopSet),
            Map.entry("et", org.apache.lucene.analysis.et.EstonianAnalyzer::getDefaultStopSet),
            Map.entry("eu", org.apache.lucene.analysis.eu.BasqueAnalyzer::getDefaultStopSet),
            Map.entry("fa", org.apache.lucene.analysis.fa.PersianAnalyzer::getDefaultStopSet),
            Map.entry("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::getDefaultStopSet),
            Map.entry("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::getDefaultStopSet),
            Map.entry("ga", org.apache.lucene.analysis.ga.IrishAnalyzer::getDefaultStopSet),
            Map.entry("gl", org.apache.lucene.analysis.gl.GalicianAnalyzer::getDefaultStopSet),
            Map.entry("hi", org.apache.lucene.analysis.hi.HindiAnalyzer::getDefaultStopSet),
            Map.entry("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::getDefaultStopSet),
            Map.entry("hy", org.apache.lucene.analysis.hy.ArmenianAnalyzer::getDefaultStopSet),
            Map.entry("id", org.apache.lucene.analysis.id.IndonesianAnalyzer::getDefaultStopSet),
            Map.entry("it", org.apache.lucene.analysis.it.ItalianAnalyzer::getDefaultStopSet),
            Map.entry("lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer::getDefaultStopSet),
            Map.entry("lv", org.apache.lucene.analysis.lv.LatvianAnalyzer::getDefaultStopSet),
            Map.entry("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::getDefaultStopSet),
            Map.entry("pl", org.apache.lucene.analysis.pl.PolishAnalyzer::getDefaultStopSet),
            Map.entry("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::getDefaultStopSet),
            Map.entry("ru", org.apache.lucene.analysis.ru.RussianAnalyzer::getDefaultStopSet),
            Map.entry("sr", org.apache.lucene.analysis.sr.SerbianAnalyzer::getDefaultStopSet),
            Map.entry("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::getDefaultStopSet),
            Map.entry("th", org.apache.lucene.analysis.th.ThaiAnalyzer::getDefaultStopSet),
            Map.entry("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::getDefaultStopSet),
            Map.entry("uk", org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer::getDefaultStopwords));

    /** Lists for the languages Lucene has none for: {@code language<TAB>word} per line, lower case, one word each. */
    static final String ISO_RESOURCE = "stopwords-iso.tsv";
    /** Our own lists, in the same form, for languages neither Lucene nor stopwords-iso has one for. */
    static final String OWN_RESOURCE = "function-words.tsv";
    private static volatile Map<String, Set<String>> extra;

    private static final Map<String, Set<String>> TERMS = new ConcurrentHashMap<>();

    private ForeignStopwords() {
    }

    /**
     * The function words of this language (ISO 639-1, or a tag such as "es-MX" or "pt_BR" as feeds declare it) as
     * story terms; empty for English, for a language without a list and for no language.
     */
    static Set<String> of(String language) {
        String primary = ForeignTerms.primary(language);
        if (primary == null) return Set.of();
        return TERMS.computeIfAbsent(primary, l -> terms(words(l)));
    }

    /**
     * The function words of this language as written (lower case, not stemmed), for {@link ForeignTerms}, which
     * removes them before its own stemmer runs; empty for a language without a list.
     */
    static Set<String> words(String language) {
        String primary = ForeignTerms.primary(language);
        if (primary == null) return Set.of();
        Supplier<CharArraySet> list = LISTS.get(primary);
        if (list == null) return extra().getOrDefault(primary, Set.of());
        Set<String> out = new HashSet<>();
        for (Object w : list.get()) out.add(new String((char[]) w));
        return Set.copyOf(out);
    }

    private static Set<String> terms(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.addAll(TextFeatures.terms(w));
        return Set.copyOf(out);
    }

    /** The stopwords-iso lists and our own, read once. */
    static Map<String, Set<String>> extra() {
        Map<String, Set<String>> m = extra;
        if (m == null) {
            synchronized (ForeignStopwords.class) {
                m = extra;
                if (m == null) {
                    Map<String, Set<String>> all = new HashMap<>();
                    read(ISO_RESOURCE, all);
                    read(OWN_RESOURCE, all);
                    all.replaceAll((k, v) -> Set.copyOf(v));
                    extra = m = Map.copyOf(all);
                }
            }
        }
        return m;
    }

    private static void read(String resource, Map<String, Set<String>> out) {
        try (InputStream in = ForeignStopwords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the resource " + resource + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                out.computeIfAbsent(line.substring(0, tab), k -> new HashSet<>()).add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
