package io.wirewatch.stream.story;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The specific names an article's title and first sentence give: who or where the event is. A report, a
 * development or a rewrite of a story says in its first lines whose story it is ("Brackenford council leader
 * resigns", "Governor suspends water boss over Kirongo cholera outbreak"); the same kind of event elsewhere names
 * another place or body there ("Castlemoor City Council issues section 114 notice", "One dead in Kobuya Beach
 * cholera outbreak") and names the story's at most in a background sentence further down. Its words, its meaning
 * and even its meaning with names masked are those of the story, so this is what tells them apart
 * ({@link StoryAssigner}).
 *
 * <p>A name is a word (or a part of a compound: "San Francisco-based") written with a capital that is specific: at
 * least three letters, no digit and no full stop ("S.D."), not a function word, not in capitals when longer than an
 * acronym (a dateline's "HONOLULU", a kicker's "TRENDING:"), never written in lower case in the article itself (so
 * "Council", "County", "Hospital" or a sentence's first "The" are not names when the article also says "the
 * council"), not a weekday or a month, and found in fewer than {@value #COMMON_DF} of the background corpus's articles
 * ({@link BackgroundFrequencies}: "Google" or "Trump" are subjects of many stories, not the identity of one). A
 * headline's one-word label ("Explainer:") and the site's name after a bar ("| TheHill") are left out, and a headline
 * in title case gives none by its capitals ("The Future of Apple Innovation Is Backwards"), and nor do numbers written
 * out ("Forty-one passengers..."). Other languages inflect names ("Dębowice", "w Dębowicach"), so their names are
 * compared by their first letters ({@link #disjoint}); German capitalises every noun, which only makes its articles
 * share more names.
 */
public final class LeadNames {
    /** Background articles (of 181) a word may appear in and still be a specific name. */
    static final int COMMON_DF = 2;
    /**
     * Characters of the body read for the words the article writes in lower case: its first paragraphs, where a
     * name capitalised in the first sentence comes back as a common word if it is one ("Council ... the council").
     * The one-partition assign step reads them for every article, so no more (a first version that read 4,000
     * characters word by word cost 40% of its throughput; one that looks up each candidate name costs nothing measurable).
     */
    static final int PREFIX_CHARS = 1_500;
    /** Characters of the body read for its first sentence. */
    static final int FIRST_SENTENCE_CHARS = 600;
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    /**
     * Numbers written out: a sentence that starts with one capitalises it ("Forty-one passengers were taken off"), and
     * a count is no place, body or person (two stories sharing "Two" share nothing).
     */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens");
    /**
     * Letters two names in another language must share at their start to be one name: Latvian, Slovak or Polish
     * inflect a place ("Salaskalns", "Salaskalnā"; "Dębowice", "w Dębowicach"), so their whole words differ.
     */
    static final int INFLECTED_PREFIX = 5;

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^[\\p{L}&]+:\\s+");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
    /** What joins the parts of a compound: hyphens, dashes, a slash. */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("[-‐‑–—/]");

    /**
     * Languages that capitalise every noun (German, Luxembourgish): their headlines are not in title case, however
     * many of their words start with a capital.
     */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");
    /**
     * Languages that write an ordinal with a full stop ("am 4. März", "dem 3. Tannmoos-Triathlon", "4. marca", "3.
     * kerroksessa"): a full stop after one or two digits ends no sentence there.
     */
    private static final Set<String> ORDINAL_STOPS = Set.of("de", "lb", "da", "no", "nb", "nn", "is", "fo", "fi", "et",
            "lv", "lt", "cs", "sk", "pl", "sl", "hr", "sr", "bs", "hu", "tr");
    /** An ordinal written with a full stop, before the word it counts. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?<![\\p{N}.,])(\\p{N}{1,2})\\.(?=\\s+\\p{L})");

    private LeadNames() {
    }

    /** The article's specific names (folded to lower case, {@link Locale#ROOT}), sorted; empty when it gives none. */
    public static Set<String> of(String title, String body, BackgroundFrequencies background) {
        return of(title, body, background, null);
    }

    /**
     * The article's specific names as its language writes them ({@code language}: ISO 639-1, null when unknown). A
     * German headline capitalises its nouns, not its every word, so its capitals are read; in a language that writes
     * ordinals with a full stop, "dem 3. Tannmoos-Triathlon" does not end the first sentence at "3." (which left a
     * German report's names at "Wochen", and kept every later report of its story out of it: blind set 68).
     */
    public static Set<String> of(String title, String body, BackgroundFrequencies background, String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body;
        // feeds often repeat the headline as the first line of the body: its first sentence is the one after
        if (!t.isEmpty() && b.startsWith(t)) b = b.substring(t.length());
        // a one-word label before the headline says what kind of piece it is, not whose story ("Explainer: why
        // astronomers say...", "Analysis:", "Q&A:")
        t = LABEL.matcher(t).replaceFirst("");
        // nor is the site's name a page's title ends with ("... to kill Omar | TheHill")
        int bar = t.lastIndexOf(" | ");
        if (bar > 0) t = t.substring(0, bar);
        b = prefix(b.strip(), PREFIX_CHARS);
        String read = t + " " + b; // where a common word shows itself in lower case
        String first = prefix(b, FIRST_SENTENCE_CHARS);
        if (ORDINAL_STOPS.contains(lang)) first = ORDINAL.matcher(first).replaceAll("$1");
        List<String> sentences = TextFeatures.sentences(first);
        Set<String> out = new TreeSet<>();
        // a headline in title case capitalises every word ("The Future of Apple Innovation Is Backwards"): its
        // capitals say nothing, and its names are read from the first sentence alone
        if (NOUNS_CAPITALISED.contains(lang) || !titleCase(t)) collect(t, read, background, out);
        if (!sentences.isEmpty()) collect(sentences.get(0), read, background, out);
        return out;
    }

    private static void collect(String text, String read, BackgroundFrequencies background, Set<String> out) {
        for (String word : SPACE.split(text.strip())) {
            // each part of a compound on its own: "San Francisco-based", "the Lumbardhi–Vrana match"
            for (String w : parts(word)) {
                if (w.isEmpty() || !NameMask.capitalised(w)) continue;
                String c = clean(w);
                // a kicker or a dateline in capitals ("TRENDING:", "HONOLULU, Hawaii -") says where the page is
                // from or what it files under; short acronyms ("NTSB") are kept
                String letters = lettersOf(w);
                if (c.length() > 4 && letters.equals(letters.toUpperCase(Locale.ROOT))) continue;
                // an abbreviation with full stops ("S.D.", "U.K.") is a state's or country's, not one story's
                if (c.codePointCount(0, c.length()) < 3 || c.codePoints().anyMatch(Character::isDigit) || c.indexOf('.') >= 0) continue;
                if (CALENDAR.contains(c) || NUMBER_WORDS.contains(c) || writtenInLowerCase(read, c)) continue;
                // a function word ("Why", "More", "Into") is no name; the background counts stems, as the terms are
                if (TextFeatures.STOPWORDS.contains(c) || background.df(Stemmer.stem(c)) >= COMMON_DF) continue;
                out.add(c);
            }
        }
    }

    private static final io.wirewatch.stream.tag.RuleBasedEntityTagger TAGGER = new io.wirewatch.stream.tag.RuleBasedEntityTagger();

    /**
     * Which of the article's lead names ({@link #of}) belong to people, as the entity tagger reads the title and the
     * first sentences: a development often leads with a person the story had not named (the worker who died, the
     * official charged), the same kind of event elsewhere with a place or a body.
     */
    static Set<String> people(String title, String body, Set<String> names) {
        String b = body == null ? "" : body.strip();
        Set<String> out = new TreeSet<>();
        for (io.wirewatch.common.model.Entity e : TAGGER.tag(title == null ? "" : title, prefix(b, FIRST_SENTENCE_CHARS))) {
            if (!io.wirewatch.stream.tag.EntityTypes.PERSON.equals(e.type())) continue;
            for (String w : SPACE.split(e.name().toLowerCase(Locale.ROOT))) if (names.contains(w)) out.add(w);
        }
        return out;
    }

    /**
     * Whether two sets of names share none. English names are compared whole; another language's by their first
     * {@value #INFLECTED_PREFIX} letters, which its inflected forms of one name keep.
     */
    static boolean disjoint(Set<String> article, java.util.Collection<String> story, boolean english) {
        if (english) return java.util.Collections.disjoint(article, story);
        Set<String> starts = new java.util.HashSet<>();
        for (String n : article) starts.add(start(n));
        for (String n : story) if (starts.contains(start(n))) return false;
        return true;
    }

    private static String start(String name) {
        int cps = name.codePointCount(0, name.length());
        return cps <= INFLECTED_PREFIX ? name : name.substring(0, name.offsetByCodePoints(0, INFLECTED_PREFIX));
    }

    /** Whether the text has the word {@code lower} as a word of its own written in lower case. */
    static boolean writtenInLowerCase(String text, String lower) {
        for (int i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
            int end = i + lower.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    /** The parts of a compound word (the word itself when it is none). */
    private static String[] parts(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '‐' || c == '‑' || c == '–' || c == '—' || c == '/') return COMPOUND.split(word);
        }
        return new String[] {word};
    }

    /** Whether most of the title's words of four letters or more start with a capital (title case). */
    static boolean titleCase(String title) {
        int words = 0, capitalised = 0;
        for (String w : SPACE.split(title)) {
            String letters = lettersOf(w);
            if (letters.codePointCount(0, letters.length()) < 4) continue;
            words++;
            if (NameMask.capitalised(w)) capitalised++;
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /** The word without the punctuation around it, in its own case (digits kept). */
    private static String lettersOf(String w) {
        int start = 0, end = w.length();
        while (start < end && !Character.isLetterOrDigit(w.codePointAt(start))) start += Character.charCount(w.codePointAt(start));
        while (end > start && !Character.isLetterOrDigit(w.codePointBefore(end))) end -= Character.charCount(w.codePointBefore(end));
        return w.substring(start, end);
    }

    /** The word without the punctuation around it and without a possessive 's, folded to lower case. */
    static String clean(String w) {
        String c = lettersOf(w);
        if (c.endsWith("'s") || c.endsWith("’s")) c = c.substring(0, c.length() - 2);
        return c.toLowerCase(Locale.ROOT);
    }

    /** The first {@code chars} characters of the text, ended at whitespace so that no word is cut. */
    private static String prefix(String text, int chars) {
        if (text.length() <= chars) return text;
        int end = chars;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return text.substring(0, end);
    }
}
