package io.wirewatch.common;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Language of a text with Apache OpenNLP's 103-language model ({@code langdetect-183.bin} from the
 * Maven Central artifact {@code org.apache.opennlp:opennlp-models-langdetect}, Apache-2.0): loaded
 * once from the classpath, never downloaded. Returns ISO 639-1 codes where one exists.
 */
public final class LanguageDetection {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageDetection.class);
    /** Enough text for a stable guess; more only costs time. */
    private static final int MAX_CHARS = 300;
    private static final int MIN_CHARS = 40;
    private static final double MIN_MARGIN = 2.0;
    private static final Map<String, String> ISO3_TO_1 = iso3to1();

    private LanguageDetection() {
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
        /** The model is shared and immutable; the ME wrapper is not documented as thread-safe. */
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> MODEL == null ? null : new LanguageDetectorME(MODEL));
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                LOG.warn("langdetect-183.bin is not on the classpath; language comes from page markup only");
                return null;
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            LOG.warn("cannot load the language model: {}", e.toString());
            return null;
        }
    }

    /** ISO 639-1 (or 639-3 when there is no two-letter code) of the text, or null when unsure. */
    public static String detect(String text) {
        if (text == null || text.length() < MIN_CHARS) return null;
        LanguageDetectorME detector = Holder.DETECTOR.get();
        if (detector == null) return null;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked == null || ranked.length == 0) return null;
        // The model tells apart forms of one language (Norwegian's two written standards; Croatian, Bosnian and
        // Serbian; Standard and other Latvian, Estonian, Persian) and splits a text's confidence between them: a
        // Norwegian report scored Nynorsk 0.21 and Bokmål 0.17, a Croatian paragraph Croatian 0.41 and Bosnian 0.31;
        // both failed the margin below, read as unknown, and were embedded and stemmed as English. So the best
        // class's language gathers the confidence of all its forms; the runner-up is the best class of any other
        // language (pooling every language alike would let Norwegian's two forms crowd out a clearly Swedish text).
        String top = language(ranked[0].getLang());
        double total = 0;
        double second = 0;
        for (Language l : ranked) {
            if (pool(language(l.getLang())).equals(pool(top))) total += l.getConfidence();
            else second = Math.max(second, l.getConfidence());
        }
        // Over 103 classes the absolute probability of a short text stays low even when the answer is
        // obvious, so the test is the margin over the runner-up. (The model splits Indonesian text with Sundanese,
        // often Sundanese first: such text is unsure, not Sundanese; see docs/stories.md.)
        if (total < MIN_MARGIN * second) return null;
        return top;
    }

    /** Forms that are one language for this test: Croatian, Bosnian and Serbian (the model's hr, bs and sr). */
    private static String pool(String code) {
        return code.equals("bs") || code.equals("sr") ? "hr" : code;
    }

    /** The language a model class reads as: its ISO 639-1 code, Bokmål ("nb") and Nynorsk ("nn") as Norwegian ("no"). */
    private static String language(String modelCode) {
        String code = toIso1(modelCode);
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }

    /** ISO 639-1 of a language code or tag ("deu", "de-AT", "pt_BR"), the code itself when it has none. */
    public static String toIso1(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        if (dash > 0) c = c.substring(0, dash);
        if (c.length() == 2) return c;
        String two = ISO3_TO_1.get(c);
        return two != null ? two : c;
    }

    private static Map<String, String> iso3to1() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (RuntimeException e) {
                // some languages have no three-letter code in the JDK
            }
        }
        // The JDK still lists the withdrawn codes "in", "iw" and "ji" for Indonesian, Hebrew and Yiddish; ISO 639-1,
        // feeds and the stemmers say "id", "he" and "yi".
        m.put("ind", "id");
        m.put("heb", "he");
        m.put("yid", "yi");
        // Macro-language members and bibliographic codes the model uses.
        m.put("cmn", "zh");
        m.put("nob", "nb");
        m.put("nno", "nn");
        m.put("pes", "fa");
        m.put("zsm", "ms");
        m.put("lvs", "lv");
        m.put("ekk", "et");
        m.put("swh", "sw");
        m.put("arb", "ar");
        m.put("azj", "az");
        m.put("uzn", "uz");
        m.put("khk", "mn");
        m.put("npi", "ne");
        m.put("ory", "or");
        m.put("plt", "mg");
        m.put("ydd", "yi");
        m.put("gug", "gn");
        m.put("als", "sq");
        return m;
    }
}
