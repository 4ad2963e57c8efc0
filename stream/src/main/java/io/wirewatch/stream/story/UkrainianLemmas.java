package io.wirewatch.stream.story;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Ukrainian words reduced to their dictionary form, for {@link ForeignTerms}. Ukrainian has seven cases and Snowball
 * has no Ukrainian stemmer; the Russian one does not know its letters і, ї and є ("житомирі" stays as it is, "водії"
 * too). So a word is looked up in the Ukrainian morphological dictionary that Lucene's {@code
 * UkrainianMorfologikAnalyzer} reads ({@code ua.net.nlp:morfologik-ukrainian-search}, Apache-2.0, 7 MB, loaded once on
 * first use): "мосту", "мостом" and "мости" are all "міст". A word of several readings takes the dictionary's first;
 * the analyzer itself keeps every reading, which a single term per word cannot.
 * <p>
 * A word the dictionary lacks (most often an invented or rare name: a town, a company) loses one common case ending
 * instead, so that "Світлоярівки" and "Світлоярівкою" still meet ({@link #lightStem}); a case that also changes the
 * stem's last consonant ("Світлоярівці", к → ц) stays apart.
 */
final class UkrainianLemmas {
    /** Case endings of nouns and adjectives, longest first, tried only on words the dictionary lacks. */
    private static final List<String> ENDINGS = List.of(
            "ами", "ями", "ові", "еві", "ого", "ому", "ими", "іми", "ій", "ою", "ею", "ах", "ях", "ів", "ам", "ям",
            "ом", "ем", "им", "ім", "ий", "ої", "а", "я", "у", "ю", "і", "ї", "и", "е", "о");
    /** A word keeps at least this many letters when an ending is cut. */
    private static final int MIN_STEM = 4;

    private static final class Holder {
        static final Dictionary DICTIONARY = load();
    }

    private UkrainianLemmas() {
    }

    private static Dictionary load() {
        URL url = UkrainianLemmas.class.getClassLoader().getResource("ua/net/nlp/ukrainian.dict");
        if (url == null) throw new IllegalStateException("ua/net/nlp/ukrainian.dict is not on the classpath "
                + "(ua.net.nlp:morfologik-ukrainian-search)");
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Ukrainian dictionary", e);
        }
    }

    /** A new lemmatiser (a lookup keeps per-call buffers: one per thread). Words come folded to lower case. */
    static UnaryOperator<String> lemmatiser() {
        DictionaryLookup lookup = new DictionaryLookup(Holder.DICTIONARY);
        return folded -> {
            // Ukrainian's own apostrophe (U+02BC) is a letter to the tokens, so it is still in the word; the
            // dictionary writes the ASCII one
            String word = folded.replace('\u02BC', '\'');
            String lemma = lemma(lookup, word);
            // the tokens' folding drops the apostrophe ("об'єкт" -> "обєкт"); Ukrainian writes one after a labial or
            // р before я, ю, є, ї, so put it back there and look again
            if (lemma == null) {
                String withApostrophe = word.replaceAll("([бпвмфр])([яюєї])", "$1'$2");
                if (!withApostrophe.equals(word)) lemma = lemma(lookup, withApostrophe);
            }
            return lemma != null ? lemma.replace("'", "") : lightStem(word.replace("'", ""));
        };
    }

    private static String lemma(DictionaryLookup lookup, String word) {
        List<WordData> found = lookup.lookup(word);
        if (found.isEmpty()) return null;
        return found.get(0).getStem().toString().toLowerCase(Locale.ROOT);
    }

    /** The word without one common case ending, keeping at least {@value #MIN_STEM} letters. */
    static String lightStem(String word) {
        for (String e : ENDINGS) {
            if (word.endsWith(e) && word.length() - e.length() >= MIN_STEM) return word.substring(0, word.length() - e.length());
        }
        return word;
    }
}
