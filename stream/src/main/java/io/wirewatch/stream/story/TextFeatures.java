package io.wirewatch.stream.story;

import io.wirewatch.stream.tag.Tokenizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English text features shared by clustering and development detection: content-word stems,
 * sentences, and the "facts" of a sentence (numbers, names, quotes). Pure functions, no state:
 * the same text always gives the same features, which keeps replays deterministic.
 */
public final class TextFeatures {
    /**
     * A token starts with a letter or digit and may go on through combining marks: the vowel signs and viramas of
     * Devanagari and the other Indic scripts are marks, and a word broken at each of them ("कानपुर" read as "क",
     * "नप", "र") is no word at all.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.,$%-]*[\\p{L}\\p{M}\\p{N}%]|[\\p{L}\\p{N}]");
    /**
     * A sentence ends at . ! ? (or the danda । of Devanagari, the Arabic question mark ؟ and the Urdu full stop ۔),
     * optionally followed by a closing quote, before a space and a likely sentence start: a capital, a digit, or a
     * letter of a script without case (Arabic, Hebrew, Devanagari…), whose sentences would otherwise never end.
     */
    private static final Pattern SENTENCE_END_WIDE =
            Pattern.compile("(?<=[.!?।؟۔][\"”’»)]?)\\s+(?=[\"“‘«(]?[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}])");
    /**
     * The same for a paragraph with neither guillemets nor a character of those scripts: most paragraphs, and a
     * pattern with only Latin-1 characters in its classes splits them about twice as fast (the story stage's develop
     * step splits every article it judges).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[\\p{Lu}\\p{N}])");
    /**
     * Whether a paragraph needs {@link #SENTENCE_END_WIDE}: it has guillemets or a letter of a script without case
     * (Hebrew to Mongolian, U+0590-U+1FFF; CJK and Hangul from U+2E80), not merely English's curly quotes and dashes.
     */
    private static boolean wide(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c >= 0x0590 && (c < 0x2000 || c >= 0x2E80) || c == '«' || c == '»') return true;
        }
        return false;
    }

    /**
     * Chinese and Japanese end a sentence with 。！？ and no space (after its closing bracket, if any). A pattern of its
     * own, tried only on a paragraph that has one of those marks: its empty matches would be tried at every position.
     */
    private static final Pattern CJK_SENTENCE_END = Pattern.compile("(?<=[。！？])(?![」』”’）)])|(?<=[。！？][」』”’）)])");
    /**
     * A quotation: in English marks, in guillemets (French, Russian, Persian, Arabic «…») or opened low („…“ or „…”,
     * German and the Slavic languages).
     */
    private static final Pattern QUOTE = Pattern.compile("[\"“«„「『]([^\"“”«»„「」『』]{12,400})[\"”»“」』]");
    /**
     * A number, with a percent sign or a unit written onto it ("445p", "£2.1bn", "180MW", "46ha", "12th"): British
     * and wire style write amounts that way, and such a number is as much a fact as "445 pence".
     */
    private static final Pattern NUMBER = Pattern.compile("(\\$?\\d[\\d,.]*?)(%|\\p{L}{1,3})?");
    /** Units written onto a number that are scales ("£2.1bn" is "£2.1 billion"). */
    private static final Map<String, String> SCALE_SUFFIXES = Map.of("bn", "billion", "tn", "trillion", "k", "thousand");
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    /** A digit, a hyphen and a letter: the only sentences {@link #NUMBER_COMPOUND} needs to be tried on. */
    private static boolean hasNumberCompound(String sentence) {
        for (int i = sentence.indexOf('-'); i > 0 && i + 1 < sentence.length(); i = sentence.indexOf('-', i + 1)) {
            if (Character.isDigit(sentence.charAt(i - 1)) && Character.isLetter(sentence.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * A currency written as letters glued to its figure: "R38 600 000" (rand), "Rs 38" without its space, "Rp5",
     * "RM12", "KSh400", "US$5", "NZ$1.2m". Read as the currency symbol it stands for, so the figure is a number (it was
     * a name, "R38", and the thousands after it a number of their own).
     */
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}])(?:Rs|Rp|RM|KSh|Ksh|R|[A-Z]{1,2}\\$)(?=\\d)");

    /** Whether a currency prefix may be glued to a figure in the sentence (a capital R, K or S, or a $, before a digit). */
    private static boolean hasCurrencyPrefix(String sentence) {
        for (int i = 1; i < sentence.length(); i++) {
            if (!Character.isDigit(sentence.charAt(i))) continue;
            char c = sentence.charAt(i - 1);
            if (c == 'R' || c == 'p' || c == 'M' || c == 'h' || c == 's' || c == '$') return true;
        }
        return false;
    }

    /**
     * Words that make the number after them approximate: "almost £39 million" restates "£38.7m", as a rewrite rounds
     * it; such a number is written {@code n:~…} ({@link NoveltyJudge#isNewFact} knows it by a close known value).
     */
    private static final Set<String> HEDGES = Set.of("almost", "nearly", "about", "around", "roughly", "approximately",
            "some", "over", "under", "than", "estimated", "circa", "approx");

    /** A number and the words hyphenated onto it ("62-metre", "31-year-old", "184-million-euro"). */
    private static final Pattern NUMBER_COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}.,-])\\d[\\d,.]*(?:-\\p{L}+)+");

    /** Function words and words every news item uses; they say nothing about which event it is. */
    static final Set<String> STOPWORDS = Set.copyOf(java.util.Arrays.asList((
            "a about above after again against all almost also although always am among an and another any are "
            + "around as at away be became because become been before being below between both but by can cannot "
            + "could did do does doing done down during each either else even ever every few for from further "
            + "get gets getting got had has have having he her here hers herself him himself his how however i "
            + "if in into is it its it's itself just least less like made make makes many may me might more most "
            + "much must my myself near neither no nor not now of off often on once one only or other others our "
            + "ours out over own per perhaps quite rather really same see seen she should since so some still such "
            + "than that that's the their theirs them themselves then there these they this those though through "
            + "thus to too toward towards under until up upon us very via was we well were what when where whether "
            + "which while who whom whose why will with within without would yet you your yours "
            + "said says say saying told tell according reported reports report reporting news update updated "
            + "via today yesterday tomorrow new latest week's year's mr mrs ms dr "
            + "s t ll re ve d m don didn doesn isn wasn aren weren won wouldn couldn shouldn").split(" ")));

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("dozen", "12"));
    /** Ordinals from "third" (a "second" is also a unit of time and a rank far more often than a count). */
    private static final Map<String, String> ORDINAL_WORDS = Map.of("third", "3", "fourth", "4", "fifth", "5",
            "sixth", "6", "seventh", "7", "eighth", "8", "ninth", "9", "tenth", "10");
    /** Month names and their usual abbreviations → month; "may" only where a day stands next to it. */
    private static final Map<String, String> MONTHS = months();
    private static final Set<String> SCALES = Set.of("million", "billion", "trillion", "thousand", "hundred");
    /**
     * Scale words of other languages (as {@link #fold} leaves them: lower case, a closing dot gone) → the English scale.
     * A rewrite in Russian writes the story's "4 200" as "4,2 тыс.", one in Lithuanian "1 450" as "1,45 tūkst."; read as
     * a counted word, the scale made a number of its own and a restated figure a new fact. Only words that are no
     * English word: Turkish "bin" is not here ("3 bin bags").
     */
    private static final Map<String, String> FOREIGN_SCALES = foreignScales();

    private TextFeatures() {
    }

    private static Map<String, String> months() {
        Map<String, String> m = new java.util.HashMap<>();
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (String name : names) {
            m.put(name, name);
            m.put(name.substring(0, 3), name);
        }
        m.put("sept", "september");
        return Map.copyOf(m);
    }

    /**
     * NFKC tokens of the text, in order, punctuation trimmed: exactly what {@link #TOKEN} finds (a letter or
     * digit, then letters, digits and {@code '’.,$%-}, ending on a letter, digit or %), by a hand-written
     * scanner because the regex was the story task's largest cost (the task is a single partition).
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String s = normalize(text);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i + Character.charCount(cp); // exclusive end of the token so far: one letter or digit
            int j = end;
            boolean unspaced = cp >= 0x0E00;
            while (j < n) {
                int c = s.codePointAt(j);
                unspaced |= c >= 0x0E00;
                boolean closes = isLetterOrNumber(c) || c == '%' || isMark(c);
                if (!closes && "'’.,$-".indexOf(c) < 0) break;
                j += Character.charCount(c);
                if (closes) end = j;
            }
            if (unspaced) addToken(s.substring(i, end), out);
            else out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    /**
     * A token as it goes out: Chinese and Japanese write no spaces between words, so a run of their characters
     * ("位于东莞的一家家具厂发生火灾", a whole clause) is cut into overlapping pairs of characters, as Lucene's
     * CJKBigramFilter does ("位于", "于东", "东莞"…), and the digits and Latin letters inside it ("2028年3月") into
     * tokens of their own. Thai, also written without spaces between words, is cut into its words by the JDK's
     * dictionary-based word breaker ("เพลิงไหม้โรงงาน" → "เพลิง", "ไหม้", "โรงงาน"). Any other token goes out as it is.
     */
    private static void addToken(String token, List<String> out) {
        boolean unspaced = false;
        for (int k = 0; k < token.length() && !unspaced; k++) {
            char c = token.charAt(k);
            unspaced = c >= 0x0E00 && (isThai(c) || isCjk(token.codePointAt(k)));
        }
        if (!unspaced) {
            out.add(token);
            return;
        }
        int k = 0, n = token.length();
        while (k < n) {
            int cp = token.codePointAt(k);
            if (isThai(cp)) {
                int start = k;
                while (k < n && isThai(token.codePointAt(k))) k += Character.charCount(token.codePointAt(k));
                String run = token.substring(start, k);
                java.text.BreakIterator words = THAI_WORDS.get();
                words.setText(run);
                for (int a = words.first(), b = words.next(); b != java.text.BreakIterator.DONE; a = b, b = words.next()) {
                    if (Character.isLetter(run.codePointAt(a))) out.add(run.substring(a, b));
                }
            } else if (isCjk(cp)) {
                int start = k;
                List<Integer> run = new ArrayList<>();
                while (k < n && isCjk(token.codePointAt(k))) {
                    run.add(k);
                    k += Character.charCount(token.codePointAt(k));
                }
                run.add(k);
                if (run.size() == 2) out.add(token.substring(start, k));
                for (int r = 0; r + 2 < run.size(); r++) out.add(token.substring(run.get(r), run.get(r + 2)));
            } else if (isLetterOrNumber(cp)) {
                int start = k, end = k;
                while (k < n) {
                    int c = token.codePointAt(k);
                    if (isCjk(c) || isThai(c)) break;
                    boolean closes = isLetterOrNumber(c) || c == '%' || isMark(c);
                    if (!closes && "'’.,$-".indexOf(c) < 0) break;
                    k += Character.charCount(c);
                    if (closes) end = k;
                }
                out.add(token.substring(start, end));
                k = Math.max(end, start + 1);
            } else {
                k += Character.charCount(cp);
            }
        }
    }

    private static final ThreadLocal<java.text.BreakIterator> THAI_WORDS =
            ThreadLocal.withInitial(() -> java.text.BreakIterator.getWordInstance(Locale.forLanguageTag("th")));

    /** The Thai block (letters, vowel signs and tone marks). */
    private static boolean isThai(int cp) {
        return cp >= 0x0E00 && cp <= 0x0E7F;
    }

    /** Han, Hiragana or Katakana: the scripts written without spaces between words. */
    private static boolean isCjk(int cp) {
        if (cp < 0x2E80) return false;
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
    }

    /**
     * NFKC, and the digits of other scripts as ASCII digits: Persian "۸۵۰", Arabic "٨٥٠" and Devanagari "८५०" are
     * the number 850 (NFKC leaves them), and only ASCII digits are read as numbers here, so a Persian development's
     * figures were no facts at all (blind set 23). The Arabic decimal and thousands separators read as "." and ",".
     */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = null;
        boolean thai = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) continue;
            thai |= c == '\u0E4D';
            char r = c;
            if (c == '\u066B') r = '.';
            else if (c == '\u066C') r = ',';
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) r = (char) ('0' + Character.digit(c, 10));
            if (r == c) continue;
            if (b == null) b = new StringBuilder(s);
            b.setCharAt(i, r);
        }
        String out = b == null ? s : b.toString();
        // NFKC splits Thai's SARA AM into NIKHAHIT + SARA AA, which the Thai word breaker's dictionary does not know
        return thai ? out.replace("\u0E4D\u0E32", "\u0E33") : out;
    }

    /** {@code \p{M}}: a combining mark (an Indic vowel sign or virama, an Arabic or Hebrew vowel point). */
    private static boolean isMark(int cp) {
        if (cp < 128) return false;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@code \p{L}} or {@code \p{N}}, as the regex reads them. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The reference definition of {@link #tokens}, kept for the equivalence test. */
    static List<String> tokensByRegex(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(normalize(text));
        while (m.find()) addToken(m.group(), out);
        return out;
    }

    /** Content-word stems: lower-cased, stopwords and 1-letter words dropped, possessives and plurals folded. */
    public static List<String> terms(String text) {
        return termsOf(tokens(text));
    }

    /** {@link #terms(String)} of already tokenised text. */
    static List<String> termsOf(List<String> tokens) {
        return termsOf(tokens, NUMBER_WORDS, STOPWORDS, Stemmer::stem);
    }

    /**
     * Terms of tokenised text in one language: each token folded, a number word read as its figure, a figure kept
     * without its separators, 1-letter words and the language's function words ({@code stop}, as folded) left out,
     * every other word stemmed.
     */
    static List<String> termsOf(List<String> tokens, Map<String, String> numberWords, Set<String> stop,
                                UnaryOperator<String> stem) {
        List<String> out = new ArrayList<>();
        for (String raw : tokens) {
            String t = fold(raw);
            if (t.isEmpty()) continue;
            if (numberWords.containsKey(t)) {
                out.add(numberWords.get(t));
                continue;
            }
            if (t.length() < 2 && !Character.isDigit(t.charAt(0))) continue;
            if (stop.contains(t)) continue;
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '$') {
                out.add(t.replace(",", "").replace("$", ""));
                continue;
            }
            String s = stem.apply(t);
            out.add(s.isEmpty() ? t : s);
        }
        return out;
    }

    /** Lower case, possessive and edge punctuation removed. */
    static String fold(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (t.endsWith("'s")) t = t.substring(0, t.length() - 2);
        int end = t.length();
        while (end > 0 && ".,'-".indexOf(t.charAt(end - 1)) >= 0) end--;
        t = t.substring(0, end);
        // internal dots and hyphens: "u.s." stays one token, "state-of-the-art" becomes its words via terms()
        return t.replace("'", "");
    }

    /**
     * Sentences of a text: paragraphs (line breaks) first, then sentence ends, but not after an abbreviation
     * ("the U.S. Food and Drug Administration", "Sen. Warren", "John F. Kennedy") nor inside a quotation (a
     * fragment quoted as what is new reads as garbage, two sentences read as one do not; a quote left open runs to
     * the end of its paragraph). Bullets and list markers are trimmed. Empty pieces are
     * dropped.
     */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String para : text.split("\\n+")) {
            String p = para.strip().replaceFirst("^[•·*\\-–—]+\\s*", "").replaceFirst("^\\d{1,2}\\.\\s+(?=\\p{Lu})", "");
            if (p.isEmpty()) continue;
            StringBuilder open = null;
            int straight = 0, curly = 0; // quotation marks in the open sentence: straight ones, curly opened - closed
            int low = 0; // quotations opened with a low mark („), which “ closes (German, Lithuanian, Bulgarian, Czech...)
            String[] pieces = (wide(p) ? SENTENCE_END_WIDE : SENTENCE_END).split(p);
            if (p.indexOf('。') >= 0 || p.indexOf('！') >= 0 || p.indexOf('？') >= 0) {
                List<String> cut = new ArrayList<>();
                for (String piece : pieces) cut.addAll(Arrays.asList(CJK_SENTENCE_END.split(piece)));
                pieces = cut.toArray(new String[0]);
            }
            for (String s : pieces) {
                String t = s.strip();
                if (t.isEmpty()) continue;
                if (open == null) open = new StringBuilder(t);
                else open.append(' ').append(t);
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (c == '"') straight++;
                    else if (c == '„') low++;
                    else if ((c == '“' || c == '”') && low > 0) low--; // „Tylos sodai“, „Gazeta”: closed
                    else if (c == '“' || c == '«' || c == '「' || c == '『') curly++;
                    else if (c == '”' || c == '»' || c == '」' || c == '』') curly--;
                }
                // a quotation still open ("We are not against transit. We are against being put out of business
                // by it," said ...) goes on in the next piece: one sentence, not a fragment starting inside a quote
                if (!endsWithAbbreviation(t) && straight % 2 == 0 && curly <= 0 && low <= 0) {
                    out.add(open.toString());
                    open = null;
                    straight = 0;
                    curly = 0;
                    low = 0;
                }
            }
            if (open != null) out.add(open.toString());
        }
        return out;
    }

    /** Whether a piece ends with an abbreviation's dot rather than a sentence's ({@link Tokenizer#isAbbreviation}). */
    private static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) return false;
        int start = piece.lastIndexOf(' ', piece.length() - 2) + 1;
        String word = piece.substring(start, piece.length() - 1).replaceFirst("^[\"“‘(\\[]+", "");
        return Tokenizer.isAbbreviation(word);
    }

    /**
     * What a sentence states that a rewrite would have to repeat: numbers (number words read as
     * digits, with the word they count when it follows directly: "$1 trillion" → "n:1 trillion", "two weeks" →
     * "n:2 week"), dates (a day next to its month: "June 29" and "29 June" → "d:june 29"), proper names
     * (capitalised words that do not start the sentence or a clause after a colon, in a sentence that is not in
     * Title Case) and direct quotes (by their first content stems). Returned as prefixed keys: {@code n:},
     * {@code d:}, {@code f:}, {@code q:}.
     */
    public static Set<String> facts(String sentence) {
        return facts(sentence, tokens(sentence));
    }

    /** {@link #facts(String)} with the sentence's {@link #tokens} already at hand. */
    static Set<String> facts(String sentence, List<String> toks) {
        return facts(sentence, toks, true);
    }

    /** The same; without {@code capitalsAreNames} a capitalised word is no name fact (German nouns). */
    static Set<String> facts(String sentence, List<String> toks, boolean capitalsAreNames) {
        return facts(sentence, toks, capitalsAreNames, Stemmer::stem);
    }

    /**
     * The same, each name word also reduced by {@code nameStem}: the stemmer of the sentence's language
     * ({@link ForeignTerms#nameStemmer}). A name is inflected where its language inflects nouns ("Sanna Heikkilä" is
     * "Heikkilän" in the genitive, "Vaaralahdella" a case of "Vaaralahti"): read by the English stemmer alone, each
     * case of a known name was a new name, and a Finnish rewrite a development. The English reading stays in the fact
     * too: the judge also knows a name the story used as a plain word (at the start of a sentence, say), and its
     * vocabulary is of English stems.
     */
    static Set<String> facts(String sentence, List<String> toks, boolean capitalsAreNames, UnaryOperator<String> nameStem) {
        return facts(sentence, toks, capitalsAreNames, nameStem, true);
    }

    /**
     * The same; without {@code englishNumberWords} English number words are not read ("ten" is "there" in Lithuanian,
     * and "vaidinimai ten vyksta" stated no number 10): text in another language keeps its figures, not English words.
     */
    static Set<String> facts(String sentence, List<String> toks, boolean capitalsAreNames, UnaryOperator<String> nameStem,
                             boolean englishNumberWords) {
        // a number joined to its words by hyphens ("a 62-metre ship", "a 31-year-old man", "a 184-million-euro
        // mission") is read as the number and its words, as "62 metres", "31 years", "184 million euros" are: the
        // compound was no fact at all, so a development's figure went uncounted and a rewrite's plain one read as new
        Matcher compound = hasNumberCompound(sentence) ? NUMBER_COMPOUND.matcher(sentence) : null;
        if (compound != null && compound.find()) {
            StringBuilder spaced = new StringBuilder();
            do {
                compound.appendReplacement(spaced, Matcher.quoteReplacement(compound.group().replace('-', ' ')));
            } while (compound.find());
            compound.appendTail(spaced);
            sentence = spaced.toString();
            toks = tokens(sentence);
        }
        if (hasCurrencyPrefix(sentence)) {
            Matcher currency = CURRENCY_PREFIX.matcher(sentence);
            if (currency.find()) {
                sentence = currency.replaceAll("\\$");
                toks = tokens(sentence);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        int capitalised = 0;
        for (String t : toks) if (Character.isUpperCase(t.charAt(0))) capitalised++;
        // (a German sentence, every noun capitalised, often looks like a Title Case headline: not a reason there)
        boolean titleCase = capitalsAreNames && toks.size() >= 3 && capitalised * 2 > toks.size();
        String[] before = gaps(sentence, toks);
        for (int i = 0; i < toks.size(); i++) {
            String raw = toks.get(i);
            int groups = digitGroups(toks, before, i);
            if (groups > 0) {
                // "40 000", "1 200 000": most of Europe groups thousands with a space; the groups are one number
                StringBuilder whole = new StringBuilder(raw);
                for (int g = 1; g <= groups; g++) whole.append(toks.get(i + g));
                raw = whole.toString();
                i += groups;
            }
            String low = fold(raw);
            if (low.isEmpty()) continue;
            String next = i + 1 < toks.size() ? fold(toks.get(i + 1)) : "";
            Matcher number = NUMBER.matcher(raw);
            boolean numeric = number.matches();
            String unit = numeric && number.group(2) != null && !number.group(2).equals("%")
                    ? number.group(2).toLowerCase(Locale.ROOT) : null;
            if (unit != null && !ORDINALS.contains(unit)) {
                // "445p", "2.1bn": the unit is the counted word; a scale reads as the word it abbreviates. After a
                // currency ("£38.7m", "R4.2k") an "m" is millions and a "k" thousands, not metres or a unit of its own
                String n = figure(fold(number.group(1)).replace("$", ""));
                if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
                boolean money = number.group(1).startsWith("$") || endsWithCurrency(before[i]);
                String word = money && unit.equals("m") ? "million" : SCALE_SUFFIXES.get(unit);
                if (!n.isEmpty()) out.add("n:" + hedge(toks, before, i) + n + " " + (word != null ? word : counted(unit)));
                continue;
            }
            if (unit != null) low = fold(number.group(1)); // "12th" is the number 12 ("June 12th" a date)
            int[] run = new int[1];
            String spelled = unit == null && !numeric && englishNumberWords ? spelledNumber(toks, before, i, run) : null;
            if (spelled != null) {
                // a number written out in words ("three hundred and ten", "four point two") is the same fact as its
                // figure ("310", "4.2"), as a rewrite in another house style writes it; the word after it is counted
                int after = i + run[0];
                String counted = after < toks.size() ? fold(toks.get(after)) : "";
                boolean counts = !counted.isEmpty() && Character.isLetter(counted.charAt(0))
                        && !STOPWORDS.contains(counted) && before[after].isBlank();
                String scale = counts ? scale(counted) : null;
                out.add("n:" + hedge(toks, before, i) + spelled + (counts ? " " + (scale != null ? scale : counted(counted)) : ""));
                // a scale after it is part of this number, not a number of its own ("four point two million")
                i = scale != null ? after : after - 1;
                continue;
            }
            if (englishNumberWords && ORDINAL_WORDS.containsKey(low)) {
                // "a fourth worker has died": the count the story has reached, a fact as "four workers" is; alone
                // ("a third of the homes", "the third in a row") it counts nothing
                boolean counts = !next.isEmpty() && Character.isLetter(next.charAt(0)) && !STOPWORDS.contains(next)
                        && before[i + 1].isBlank();
                if (counts) out.add("n:" + ORDINAL_WORDS.get(low) + " " + counted(next));
                continue;
            }
            if (numeric || englishNumberWords && NUMBER_WORDS.containsKey(low)) {
                String n = NUMBER_WORDS.getOrDefault(low, figure(low.replace("$", "").replace("%", "")));
                if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
                // a day next to its month is a date, the same fact however the sentence goes on ("June 12, foreign
                // nationals", "until June 29 nobody", "on 12 June", "Sept. 3")
                String month = i > 0 && before[i].replace(".", "").isBlank() ? MONTHS.get(fold(toks.get(i - 1))) : null;
                if (month == null && i + 1 < toks.size() && before[i + 1].isBlank()) month = MONTHS.get(next);
                if (month != null && Character.isDigit(n.charAt(0))) {
                    out.add("d:" + month + " " + n);
                    continue;
                }
                // the counted noun makes the fact: "two weeks" is not "two things"; it follows the number directly
                boolean counts = !next.isEmpty() && Character.isLetter(next.charAt(0)) && !STOPWORDS.contains(next)
                        && before[i + 1].isBlank();
                String scale = counts ? scale(next) : null;
                out.add("n:" + hedge(toks, before, i) + n + (counts ? " " + (scale != null ? scale : counted(next)) : ""));
                // "38 thousand investors": the scale is this number's, not a thousand investors of their own
                if (scale != null) i++;
                continue;
            }
            // a capital after a colon starts a clause ("Analysis: Half a reopening"), it does not mark a name
            // where every noun is capitalised, a name is two capitalised words in a row ("Tobias Rensing", "Nordwind
            // Orbital"), not one ("Triebwerk")
            boolean name = capitalsAreNames
                    || i + 1 < toks.size() && Character.isUpperCase(toks.get(i + 1).charAt(0)) && before[i + 1].isBlank()
                    || i > 1 && Character.isUpperCase(toks.get(i - 1).charAt(0)) && before[i].isBlank();
            if (name && i > 0 && !titleCase && Character.isUpperCase(raw.charAt(0)) && !STOPWORDS.contains(low)
                    && low.length() > 1 && before[i].indexOf(':') < 0) {
                // "f:" and the word as English reads it, then, where the language's own stemmer reads it otherwise,
                // that stem: the judge knows a name by either (NoveltyJudge#isNewFact)
                String english = Stemmer.stem(low);
                String own = nameStem.apply(low);
                out.add("f:" + english + (own.equals(english) ? "" : " " + own));
            }
        }
        Matcher q = QUOTE.matcher(sentence);
        while (q.find()) {
            List<String> qt = terms(q.group(1));
            if (qt.size() >= 3) out.add("q:" + String.join(" ", qt.subList(0, Math.min(5, qt.size()))));
        }
        return out;
    }

    /**
     * The counted word of a number fact: its stem, or for a unit's symbol the stem of the unit's name, so that "68mm"
     * and "68 millimetres", "720km" and "720 kilometres" are one fact, as a rewrite in another house style writes it.
     * Only symbols that mean one unit: "m" may be metres or millions, "t" tonnes or a time, and they stay as written.
     */
    static String counted(String folded) {
        String unit = UNIT_SYMBOLS.get(folded);
        return Stemmer.stem(unit != null ? unit : folded);
    }

    private static final Map<String, String> UNIT_SYMBOLS = Map.ofEntries(
            Map.entry("mm", "millimetres"), Map.entry("cm", "centimetres"), Map.entry("km", "kilometres"),
            Map.entry("kg", "kilograms"), Map.entry("mg", "milligrams"), Map.entry("ml", "millilitres"),
            Map.entry("ha", "hectares"), Map.entry("kw", "kilowatts"), Map.entry("mw", "megawatts"),
            Map.entry("gw", "gigawatts"), Map.entry("kwh", "kilowatt-hours"), Map.entry("mwh", "megawatt-hours"),
            Map.entry("lb", "pounds"), Map.entry("lbs", "pounds"), Map.entry("ft", "feet"));

    /** Cardinal words a written-out number is made of ("one" only inside a longer one: alone it is a pronoun). */
    private static final Map<String, Integer> CARDINALS = cardinals();

    private static Map<String, Integer> cardinals() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) m.put(units[i], i);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) m.put(tens[i], 20 + 10 * i);
        return Map.copyOf(m);
    }

    /**
     * The figure of a number written out in two or more words from token {@code i} ("three hundred and ten" = 310,
     * "twenty-one" = 21, "four point two" = 4.2, "two thousand" = 2000), with the count of tokens it spans in
     * {@code span[0]}; null when the words there are no such number (one word alone is read by {@link #NUMBER_WORDS}).
     * A scale word after it ("million") is left to be its counted word, as after a figure.
     */
    static String spelledNumber(List<String> toks, String[] before, int i, int[] span) {
        long total = 0, current = 0;
        String last = ""; // the kind of the word before: #unit, #tens (never a word), hundred, thousand, and
        int words = 0, j = i;
        StringBuilder decimals = new StringBuilder();
        for (; j < toks.size(); j++) {
            if (j > i && !before[j].isBlank()) break; // a comma or a full stop ends the number
            String w = fold(toks.get(j));
            Integer hyphen = hyphenated(w);
            Integer v = hyphen != null ? hyphen : CARDINALS.get(w);
            String kind = v == null ? w : v < 20 || hyphen != null ? "#unit" : "#tens";
            // only the sequences numbers are written in: "twenty five", "three hundred and ten", "two thousand"
            boolean follows = switch (kind) {
                case "#unit" -> last.isEmpty() || last.equals("#tens") && v < 10 && hyphen == null
                        || last.equals("hundred") || last.equals("thousand") || last.equals("and");
                case "#tens" -> last.isEmpty() || last.equals("hundred") || last.equals("thousand") || last.equals("and");
                case "hundred" -> last.equals("#unit");
                case "thousand" -> last.equals("#unit") || last.equals("#tens") || last.equals("hundred");
                case "and" -> (last.equals("hundred") || last.equals("thousand")) && j + 1 < toks.size()
                        && CARDINALS.containsKey(fold(toks.get(j + 1)));
                case "point" -> (last.equals("#unit") || last.equals("#tens")) && j + 1 < toks.size()
                        && digitWord(fold(toks.get(j + 1))) >= 0;
                default -> false;
            };
            if (!follows) break;
            switch (kind) {
                case "#unit", "#tens" -> current += v;
                case "hundred" -> current *= 100;
                case "thousand" -> {
                    total += current * 1000;
                    current = 0;
                }
                case "point" -> {
                    for (j = j + 1; j < toks.size() && before[j].isBlank() && digitWord(fold(toks.get(j))) >= 0; j++) {
                        decimals.append(digitWord(fold(toks.get(j))));
                    }
                    words += 2;
                }
                default -> { }
            }
            if (kind.equals("point")) break;
            words += hyphen != null ? 2 : 1;
            last = kind;
        }
        if (words < 2 || last.equals("and")) return null;
        span[0] = j - i;
        return (total + current) + (decimals.length() > 0 ? "." + decimals : "");
    }

    /** "twenty-one" = 21; null for any other word. */
    private static Integer hyphenated(String w) {
        int dash = w.indexOf('-');
        if (dash < 0) return null;
        Integer tens = CARDINALS.get(w.substring(0, dash)), unit = CARDINALS.get(w.substring(dash + 1));
        return tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit > 0 && unit < 10 ? tens + unit : null;
    }

    /** The digit a word names ("zero" = 0 … "nine" = 9), or -1. */
    private static int digitWord(String w) {
        Integer d = CARDINALS.get(w);
        return d != null && d < 10 ? d : -1;
    }

    /** The text between each token and the one before it (for the first token: the text before it). */
    private static final Pattern GROUP_HEAD = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");

    /**
     * A figure as the facts write it: grouping commas dropped ("2,300" is 2300), but a comma followed by other than
     * three digits is a decimal comma ("4,2", "1,45", "12,5"), as most of Europe writes decimals; English never groups
     * digits that way. A figure with both a comma and a dot keeps English reading (commas group).
     */
    static String figure(String folded) {
        int comma = folded.indexOf(',');
        if (comma >= 0 && comma == folded.lastIndexOf(',') && folded.indexOf('.') < 0) {
            int digits = 0;
            for (int k = comma + 1; k < folded.length() && Character.isDigit(folded.charAt(k)); k++) digits++;
            if (digits > 0 && digits != 3 && comma + 1 + digits == folded.length()) return folded.replace(',', '.');
        }
        return folded.replace(",", "");
    }

    /**
     * "~" when the word before token {@code i} is a hedge ({@link #HEDGES}; a currency symbol may stand between, "almost
     * £39 million"), else "". Asked only of tokens that make a number fact, not of every token.
     */
    private static String hedge(List<String> toks, String[] before, int i) {
        return i > 0 && withoutCurrency(before[i]).isBlank() && HEDGES.contains(fold(toks.get(i - 1))) ? "~" : "";
    }

    /** The text between two tokens without its currency symbols. */
    private static String withoutCurrency(String gap) {
        StringBuilder out = new StringBuilder(gap.length());
        for (int k = 0; k < gap.length(); k++) {
            if (Character.getType(gap.charAt(k)) != Character.CURRENCY_SYMBOL) out.append(gap.charAt(k));
        }
        return out.toString();
    }

    /** Whether the text between two tokens ends with a currency symbol ("£", "$", "€", "₹"). */
    private static boolean endsWithCurrency(String gap) {
        return !gap.isEmpty() && Character.getType(gap.charAt(gap.length() - 1)) == Character.CURRENCY_SYMBOL;
    }

    /** The English scale a counted word is ("thousand", "тыс" → "thousand"), or null when it is no scale. */
    static String scale(String folded) {
        return SCALES.contains(folded) ? folded : FOREIGN_SCALES.get(folded);
    }

    private static Map<String, String> foreignScales() {
        Map<String, String> m = new java.util.HashMap<>();
        String[][] words = {
                {"thousand", "tausend", "mil", "mila", "duizend", "tusen", "tusind", "tuhat", "tuhatta", "ezer", "mii",
                        "ribu", "tūkst", "tūkstančiai", "tūkstančių", "tūkstantis", "tūkstoši", "tūkstošiem",
                        "tis", "tisíc", "tisíce", "tisuća", "tisuće", "tisuću", "hiljada", "tys", "tysięcy", "tysiące",
                        "tysiąc", "тыс", "тысяч", "тысячи", "тысяча", "тис", "тисяч", "тисячі", "тисяча", "хил",
                        "хиляди", "хиляда", "χιλιάδες", "χιλ"},
                {"million", "mio", "mln", "millionen", "millones", "milhões", "milions", "milioni", "miljoen",
                        "miljoenen", "miljoner", "millioner", "miljoonaa", "millió", "milyon", "milioane", "milion",
                        "juta", "milijonų", "milijonai", "milijonas", "miljoni", "miljonit", "milijuna",
                        "milionů", "miliony", "miliónov", "milionów", "млн", "миллиона", "миллионов", "миллион",
                        "мільйонів", "мільйона", "мільйон", "милиона", "милион", "εκατομμύρια", "εκατ"},
                {"billion", "mrd", "mld", "mlrd", "milliarden", "milliarde", "miliardi", "miliardů", "miliardów",
                        "milliárd", "milyar", "miliarde", "miliar", "milijardų", "miljardi", "miljardit", "miljard",
                        "miljarder", "milliarder", "млрд", "миллиарда", "миллиардов", "мільярдів", "милиарда",
                        "δισεκατομμύρια", "δισ"}};
        for (String[] scale : words) for (int k = 1; k < scale.length; k++) m.put(scale[k], scale[0]);
        return Map.copyOf(m);
    }

    /**
     * How many 3-digit groups follow token {@code i} as parts of one number written with spaces between its thousands
     * ("40 000", "1 200 000"; a no-break or thin space reads as a space after NFKC): 0 when token {@code i} is no
     * such number's first group (one to three digits, no leading zero) or no group follows after a single space.
     */
    static int digitGroups(List<String> toks, String[] before, int i) {
        if (!GROUP_HEAD.matcher(toks.get(i)).matches()) return 0;
        int g = 0;
        while (i + g + 1 < toks.size() && " ".equals(before[i + g + 1]) && GROUP.matcher(toks.get(i + g + 1)).matches()) g++;
        return g;
    }

    private static String[] gaps(String sentence, List<String> toks) {
        String s = normalize(sentence);
        String[] out = new String[toks.size()];
        int from = 0;
        for (int i = 0; i < toks.size(); i++) {
            int at = s.indexOf(toks.get(i), from);
            if (at < 0) {
                out[i] = " ";
                continue;
            }
            out[i] = s.substring(from, at);
            from = at + toks.get(i).length();
        }
        return out;
    }

    /** Case- and punctuation-insensitive form of a sentence, to spot the same sentence twice in one article. */
    public static String fingerprintKey(String sentence) {
        return fingerprintKey(tokens(sentence));
    }

    static String fingerprintKey(List<String> tokens) {
        return String.join(" ", tokens).toLowerCase(Locale.ROOT);
    }

    /** Deterministic 32-bit hash of a term (FNV-1a over UTF-16 units), for compact term sets in state. */
    public static int hash(String term) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }
}
