package io.wirewatch.stream.story;

import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.tartarus.snowball.SnowballStemmer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The story stage's terms of a text in a language other than English: its words folded as {@link TextFeatures} folds
 * them, the language's own function words left out, and each word reduced by the language's own stemmer, Snowball's
 * for 28 languages, Stempel's for Polish, Lucene's light stemmers for Bulgarian, Czech, Galician and Latvian (all
 * from Apache Lucene: {@code lucene-analysis-common} and {@code lucene-analysis-stempel}, Apache-2.0, with their stop
 * lists), for Ukrainian the morphological dictionary of Lucene's morfologik analyzer ({@link UkrainianLemmas}), and for
 * Hebrew a light stemmer of our own ({@link HebrewLightStemmer}: neither has one). A German compound also counts as the
 * words it is made of ({@link GermanCompounds}).
 * <p>
 * Why: the English suffix stripper leaves an inflected language's forms apart, so a development that names the town
 * "w Dębowicach" shared no term with the story of "Dębowice", nor "mieszkańcom" with "mieszkańców". Stories in those
 * languages have no embeddings to fall back on (MiniLM is English-only), so they join on words alone, and their
 * follow-ups started stories of their own. A language without a stemmer here keeps the English path with its
 * function words removed ({@link ForeignStopwords}).
 */
final class ForeignTerms {
    /** ISO 639-1 code → a new stemmer of that language (a stemmer keeps per-word state: one per thread). */
    private static final Map<String, Supplier<UnaryOperator<String>>> STEMMERS = Map.ofEntries(
            snowball("ar", org.tartarus.snowball.ext.ArabicStemmer::new),
            snowball("hy", org.tartarus.snowball.ext.ArmenianStemmer::new),
            snowball("eu", org.tartarus.snowball.ext.BasqueStemmer::new),
            snowball("ca", org.tartarus.snowball.ext.CatalanStemmer::new),
            snowball("da", org.tartarus.snowball.ext.DanishStemmer::new),
            snowball("nl", org.tartarus.snowball.ext.DutchStemmer::new),
            snowball("et", org.tartarus.snowball.ext.EstonianStemmer::new),
            snowball("fi", org.tartarus.snowball.ext.FinnishStemmer::new),
            snowball("fr", org.tartarus.snowball.ext.FrenchStemmer::new),
            snowball("de", org.tartarus.snowball.ext.GermanStemmer::new),
            snowball("el", org.tartarus.snowball.ext.GreekStemmer::new),
            snowball("hi", org.tartarus.snowball.ext.HindiStemmer::new),
            snowball("hu", org.tartarus.snowball.ext.HungarianStemmer::new),
            snowball("id", org.tartarus.snowball.ext.IndonesianStemmer::new),
            snowball("ga", org.tartarus.snowball.ext.IrishStemmer::new),
            snowball("it", org.tartarus.snowball.ext.ItalianStemmer::new),
            snowball("lt", org.tartarus.snowball.ext.LithuanianStemmer::new),
            snowball("ne", org.tartarus.snowball.ext.NepaliStemmer::new),
            snowball("no", org.tartarus.snowball.ext.NorwegianStemmer::new),
            snowball("pt", org.tartarus.snowball.ext.PortugueseStemmer::new),
            snowball("ro", org.tartarus.snowball.ext.RomanianStemmer::new),
            snowball("ru", org.tartarus.snowball.ext.RussianStemmer::new),
            snowball("sr", org.tartarus.snowball.ext.SerbianStemmer::new),
            snowball("es", org.tartarus.snowball.ext.SpanishStemmer::new),
            snowball("sv", org.tartarus.snowball.ext.SwedishStemmer::new),
            snowball("ta", org.tartarus.snowball.ext.TamilStemmer::new),
            snowball("tr", org.tartarus.snowball.ext.TurkishStemmer::new),
            snowball("yi", org.tartarus.snowball.ext.YiddishStemmer::new),
            Map.entry("pl", ForeignTerms::polish),
            Map.entry("uk", UkrainianLemmas::lemmatiser),
            Map.entry("he", () -> HebrewLightStemmer::stem),
            // languages Snowball has no stemmer for: Lucene's light stemmers (they strip case and number endings)
            light("bg", () -> new org.apache.lucene.analysis.bg.BulgarianStemmer()::stem),
            light("cs", () -> new org.apache.lucene.analysis.cz.CzechStemmer()::stem),
            light("gl", () -> new org.apache.lucene.analysis.gl.GalicianStemmer()::stem),
            light("lv", () -> new org.apache.lucene.analysis.lv.LatvianStemmer()::stem));

    private static final Map<String, ThreadLocal<UnaryOperator<String>>> PER_THREAD = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> STOP = new ConcurrentHashMap<>();

    private ForeignTerms() {
    }

    /**
     * How the story stage reads text of this language (ISO 639-1, or a tag such as "pt-BR"): English and unknown
     * languages by {@link TextFeatures#terms}, a language with a stemmer here by its own, any other by
     * {@link TextFeatures#terms} with its function words ({@link ForeignStopwords}) left out.
     */
    static Function<String, List<String>> of(String language) {
        String code = primary(language);
        if (code == null || code.equals("en")) return TextFeatures::terms;
        if (!STEMMERS.containsKey(code)) {
            Set<String> stop = ForeignStopwords.of(code);
            return stop.isEmpty() ? TextFeatures::terms
                    : text -> TextFeatures.terms(text).stream().filter(t -> !stop.contains(t)).toList();
        }
        Set<String> stop = STOP.computeIfAbsent(code, c -> ForeignStopwords.words(c));
        UnaryOperator<String> stemmer = stemmer(code);
        if (code.equals("de")) return text -> TextFeatures.termsOf(GermanCompounds.split(TextFeatures.tokens(text)), Map.of(), stop, stemmer);
        return text -> TextFeatures.termsOf(TextFeatures.tokens(text), Map.of(), stop, stemmer);
    }

    /**
     * How the novelty judge reduces a name word of this language ({@link TextFeatures#facts}): by the language's own
     * stemmer where there is one here, otherwise by the English suffix stripper, as before. Only names: the judge's
     * other words keep the English path (measured: stemming them too dropped a Portuguese development under the
     * threshold; see docs/stories.md).
     */
    static UnaryOperator<String> nameStemmer(String language) {
        String code = primary(language);
        return code == null || !STEMMERS.containsKey(code) ? Stemmer::stem : stemmer(code);
    }

    /** The stemmer of a language that has one here, each thread using its own instance. */
    private static UnaryOperator<String> stemmer(String code) {
        ThreadLocal<UnaryOperator<String>> perThread =
                PER_THREAD.computeIfAbsent(code, c -> ThreadLocal.withInitial(STEMMERS.get(c)));
        return w -> perThread.get().apply(w);
    }

    /**
     * The primary subtag in lower case ("pt" of "PT_br"), or null for no language. Norwegian's two written standards
     * (Bokmål "nb", Nynorsk "nn", as the language detector and many feeds name them) read as "no"; Croatian, Bosnian
     * and Serbo-Croatian ("hr", "bs", "sh") as Serbian ("sr"); Malay ("ms") as Indonesian ("id").
     */
    static String primary(String language) {
        if (language == null || language.isBlank()) return null;
        String code = language.strip().toLowerCase(Locale.ROOT);
        int region = Math.max(code.indexOf('-'), code.indexOf('_'));
        String primary = region > 0 ? code.substring(0, region) : code;
        if (primary.equals("nb") || primary.equals("nn")) return "no";
        // Malay and Indonesian are one macrolanguage with the same affixes (me-, ber-, di-, -kan, -an, -nya)
        if (primary.equals("ms")) return "id";
        if (primary.equals("iw")) return "he"; // Hebrew's withdrawn code, still what the JDK and some feeds say
        // Croatian and Bosnian inflect as Serbian does, in the Latin script Snowball's Serbian stemmer reads
        return primary.equals("hr") || primary.equals("bs") || primary.equals("sh") ? "sr" : primary;
    }

    private static Map.Entry<String, Supplier<UnaryOperator<String>>> snowball(String code, Supplier<SnowballStemmer> make) {
        return Map.entry(code, () -> {
            SnowballStemmer s = make.get();
            return w -> {
                s.setCurrent(w);
                s.stem();
                return s.getCurrent();
            };
        });
    }

    /** A stemmer that shortens a word in place and returns its new length (Lucene's light stemmers). */
    private interface InPlaceStemmer {
        int stem(char[] word, int length);
    }

    private static Map.Entry<String, Supplier<UnaryOperator<String>>> light(String code, Supplier<InPlaceStemmer> make) {
        return Map.entry(code, () -> {
            InPlaceStemmer s = make.get();
            return w -> {
                char[] c = w.toCharArray();
                return new String(c, 0, s.stem(c, c.length));
            };
        });
    }

    /**
     * Stempel's Polish stemmer (the one Lucene and Elasticsearch use): a word it cannot reduce stays as it is. It is
     * statistical and errs on some words ("awaria", "awarii" and "awarią" come out as three stems), but joins most
     * cases of a noun ("mieszkańców", "mieszkańcy", "mieszkańcom"); a blind set's Polish development went from a word
     * cosine of 0.24 with its story to 0.36 (the join threshold is 0.28). Its 2 MB table is loaded once, on first use.
     */
    private static UnaryOperator<String> polish() {
        StempelStemmer s = new StempelStemmer(PolishAnalyzer.getDefaultTable());
        return w -> {
            StringBuilder b = s.stem(w);
            return b == null || b.length() == 0 ? w : b.toString();
        };
    }
}
