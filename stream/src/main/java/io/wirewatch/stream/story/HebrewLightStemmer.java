package io.wirewatch.stream.story;

/**
 * A light stemmer for Hebrew, for {@link ForeignTerms}: neither Snowball nor Lucene's analyzers have one (the
 * dictionary-based HebMorph is AGPL). Hebrew writes its conjunction, article and prepositions onto the word (ו "and", ה
 * "the", ב "in", ל "to", מ "from", ש "that", כ "as"): "השריפה", "בשריפה" and "שריפה" are one word, and a follow-up
 * about a wildfire shared few terms with its first report (blind set 19's Hebrew development started a story of its
 * own).
 * <p>
 * The stemmer folds final letter forms (ם → מ, ן → נ, ץ → צ, ף → פ, ך → כ), then drops those prefix letters from the
 * front while at least three letters remain, then one common ending (plural ים and ות, feminine ה and construct ת)
 * while at least three remain. A word that itself starts with one of those letters (משטרה, "police") loses it too, but
 * every form of the word loses the same letters, so its forms still meet: the stem is an index key, not a word.
 */
final class HebrewLightStemmer {
    private static final String PREFIXES = "והבלמשכ";
    /** Endings as they read once final forms are folded (ים is ימ). */
    private static final String[] ENDINGS = {"ימ", "ות", "ה", "ת"};
    private static final int MIN_LETTERS = 3;

    private HebrewLightStemmer() {
    }

    static String stem(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) b.append(regular(word.charAt(i)));
        String w = b.toString();
        int start = 0;
        while (w.length() - start - 1 >= MIN_LETTERS && PREFIXES.indexOf(w.charAt(start)) >= 0) start++;
        w = w.substring(start);
        for (String e : ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= MIN_LETTERS) return w.substring(0, w.length() - e.length());
        }
        return w;
    }

    /** The regular form of a final letter (the forms a letter takes at the end of a word). */
    private static char regular(char c) {
        return switch (c) {
            case 'ם' -> 'מ';
            case 'ן' -> 'נ';
            case 'ץ' -> 'צ';
            case 'ף' -> 'פ';
            case 'ך' -> 'כ';
            default -> c;
        };
    }
}
