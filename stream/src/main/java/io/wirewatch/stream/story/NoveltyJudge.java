package io.wirewatch.stream.story;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an article adds to a story: sentences with no close match among the story's known
 * sentences, scored by the facts (numbers, names, quotes) and words the story has never used.
 * <p>
 * Why facts weigh most: a rewrite of known facts may use any new wording, but it has to repeat the
 * same names, numbers and quotes; a real development nearly always brings a new one (a date, a
 * count, a person, a quote). So only a sentence with a fact the story has never stated can be news;
 * its facts count up to {@value #MAX_NEW_FACTS} and its new words add to its weight (a quarter of a fact each, at
 * most {@value #MAX_NEW_TERMS}),
 * so that "two weeks on, talks remain stalled and the models offline" outweighs a bare date, it is
 * discounted (up to half) by how much of it its closest known sentence already covers, and the title
 * and first sentences weigh half as much again, because news is written top-down. A new fact is credited
 * to the first sentence of the article that states it.
 */
public final class NoveltyJudge {
    /** Sentences with fewer distinct content words (numbers aside) are headings, bylines, datelines or boilerplate. */
    static final int MIN_SENTENCE_TERMS = 5;
    /** A sentence this much covered by one known sentence restates it. */
    static final double RESTATED = 0.8;
    static final double FACT_WEIGHT = 2.0;
    static final double TERM_WEIGHT = 0.5;
    static final int TOP_SENTENCES = 3;
    /** News is written top-down: the title and first sentences state what happened, so they weigh more. */
    static final int LEAD_SENTENCES = 3;
    static final double LEAD_BONUS = 1.5;
    /** New words beyond this many in one sentence add nothing: long commentary is not more news. */
    static final int MAX_NEW_TERMS = 8;
    /**
     * New facts beyond this many in one sentence add nothing to its score (all still count towards the article's
     * new facts): a list of places and companies is not ten times the news of "the company filed with the FDA", and
     * without the cap such a list crowded the lead out of {@code whatsNew} (it keeps sentences within 40% of the
     * best): the held-out FDA filing's {@code whatsNew} held only the sentence listing its licensees (nine names), with
     * the cap also its title and lead. On the follow-ups and seeds, caps of 3 to 6 change no alert decision; under 6
     * a one-sentence update with six new facts (a senator, a hearing date, a count, a quote) stops being news.
     */
    static final int MAX_NEW_FACTS = 6;
    static final int MAX_SENTENCE_CHARS = 600;

    /** A sentence of an article with its features. */
    public record Sentence(int position, String text, int[] terms, int words, Set<String> facts) {
    }

    /** How novel one sentence is. */
    public record Scored(Sentence sentence, double score, int newFacts, int newTerms, double coverage) {
    }

    /**
     * The verdict on an article.
     *
     * @param novelty  summed score of the (at most 3) most novel sentences
     * @param newFacts new facts those sentences carry
     * @param whatsNew the sentences that carry the news, in article order (empty when not a development)
     */
    public record Verdict(double novelty, int newFacts, boolean development, List<String> whatsNew,
                          List<Scored> scored) {
    }

    /** Languages that capitalise every noun (German, Luxembourgish). */
    static final Set<String> CAPITALISED_NOUNS = Set.of("de", "lb");

    private NoveltyJudge() {
    }

    /** The article's sentences (title first, then body; repeated sentences once), with features. */
    public static List<Sentence> sentences(String title, String body) {
        return sentences(title, body, null);
    }

    /**
     * The same for an article in {@code language} (ISO 639-1, null when unknown). In German every noun is
     * capitalised, so a capital there marks no name: a rewrite's reworded nouns would read as new names, and a
     * retelling as news. Its facts are its numbers, dates and quotes.
     */
    public static List<Sentence> sentences(String title, String body, String language) {
        boolean capitalsAreNames = !CAPITALISED_NOUNS.contains(language == null ? "" : language);
        UnaryOperator<String> nameStem = ForeignTerms.nameStemmer(language);
        String primary = ForeignTerms.primary(language);
        boolean englishNumberWords = primary == null || primary.equals("en");
        Set<String> seen = new HashSet<>();
        List<Sentence> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (title != null && !title.isBlank()) texts.add(title.strip());
        int firstBody = texts.size();
        texts.addAll(TextFeatures.sentences(body));
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            // the sentence is shown as written; its words and facts are read without a dateline
            String read = i == firstBody ? withoutDateline(t) : t;
            List<String> tokens = TextFeatures.tokens(read); // once: key, terms and facts all read them
            String key = TextFeatures.fingerprintKey(tokens);
            if (key.isEmpty() || !seen.add(key)) continue;
            List<String> stems = TextFeatures.termsOf(tokens);
            int[] terms = stems.stream().mapToInt(TextFeatures::hash).distinct().sorted().toArray();
            int words = (int) stems.stream().filter(w -> Character.isLetter(w.charAt(0))).distinct().count();
            out.add(new Sentence(out.size(), t, terms, words,
                    TextFeatures.facts(read, tokens, capitalsAreNames, nameStem, englishNumberWords)));
        }
        return out;
    }

    /**
     * A dateline opening a body: a place in capitals, perhaps its region, perhaps the wire in brackets, then a dash or a
     * colon ("MANILA (BPW) -", "CARROW LANDING, La. (CNW) —", "DEVGARH (PSI):", "BUFFALO, N.Y. —").
     */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}(?:,\\s*[\\p{L}][\\p{L}. ]{1,30}?)?\\s*(?:\\([^()]{2,30}\\)\\s*)?[-–—:]\\s+");

    /**
     * The sentence without a dateline: where a report was filed and by which wire is never its news, but a wire's
     * rewrite names an agency ("BPW") and a filing town the story never named, and they read as new names. Over the
     * in-sample follow-ups and 60 blind sets (engine), reading first sentences without it silenced 5 of the 86 rewrites
     * alerted and no development (one, "A fourth worker has died", then needed its ordinal read as a count:
     * {@link TextFeatures#facts}).
     */
    static String withoutDateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.find() ? sentence.substring(m.end()) : sentence;
    }

    public static Verdict judge(List<Sentence> article, StoryMemory memory, double threshold, int minNewFacts) {
        Set<Integer> vocabulary = new HashSet<>(memory.vocabulary());
        Set<String> facts = new HashSet<>(memory.facts());
        Set<String> values = knownKeys(memory.facts());
        Set<String> credited = new HashSet<>();
        List<Scored> scored = new ArrayList<>();
        for (Sentence s : article) {
            if (s.words() < MIN_SENTENCE_TERMS) continue;
            double coverage = 0;
            for (int[] known : memory.sentences()) {
                coverage = Math.max(coverage, containment(s.terms(), known));
                if (coverage >= RESTATED) break;
            }
            if (coverage >= RESTATED) continue;
            int newTerms = 0;
            for (int t : s.terms()) if (!vocabulary.contains(t)) newTerms++;
            int newFacts = 0;
            for (String f : s.facts()) if (isNewFact(f, facts, values, vocabulary) && credited.add(key(f))) newFacts++;
            // no new fact: however new its wording, the sentence restates or comments
            if (newFacts == 0) continue;
            double score = (1 - coverage / 2) * (FACT_WEIGHT * Math.min(newFacts, MAX_NEW_FACTS)
                    + TERM_WEIGHT * Math.min(newTerms, MAX_NEW_TERMS))
                    * (s.position() < LEAD_SENTENCES ? LEAD_BONUS : 1);
            if (score > 0) scored.add(new Scored(s, score, newFacts, newTerms, coverage));
        }
        List<Scored> top = scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparingInt(x -> x.sentence().position()))
                .limit(TOP_SENTENCES).toList();
        double novelty = top.stream().mapToDouble(Scored::score).sum();
        int newFacts = top.stream().mapToInt(Scored::newFacts).sum();
        boolean development = !top.isEmpty() && novelty >= threshold && newFacts >= minNewFacts;
        List<String> whatsNew = List.of();
        if (development) {
            double best = top.get(0).score();
            whatsNew = top.stream().filter(x -> x.score() >= 0.4 * best)
                    .sorted(Comparator.comparingInt(x -> x.sentence().position()))
                    .map(x -> clip(x.sentence().text())).toList();
        }
        return new Verdict(novelty, newFacts, development, whatsNew, scored);
    }

    /**
     * A name counts as known when the story used the word at all (in any case), a quote only when the story
     * stated it. A number counts as known when the story stated it with the same counted word ("two weeks" is
     * not "two models"), or in any form when the count says no more than the story did: a bare number ("three
     * were hurt" after "three workers") or one too large or too precise to recur with another meaning in one
     * story ("400 people" after "400 residents", "220 workers" after "220 employees"). Rewrites reword the counted
     * noun as freely as the rest of the sentence; a small count keeps its noun, because there it is the news
     * ("2 weeks" on, "2 more arrests").
     */
    static boolean isNewFact(String fact, Set<String> facts, Set<String> values, Set<Integer> vocabulary) {
        if (facts.contains(fact)) return false;
        if (fact.startsWith("f:")) {
            // a name in another case of an inflected language ("Heikkilän", "Heikkilä") has the story's name's stem
            if (values.contains(key(fact))) return false;
            int own = fact.indexOf(' ');
            return !vocabulary.contains(TextFeatures.hash(fact.substring(2, own < 0 ? fact.length() : own)));
        }
        if (fact.startsWith("n:")) {
            boolean bare = fact.indexOf(' ') < 0;
            boolean approximate = fact.startsWith("n:~");
            // the same number and word, one of the two hedged ("about 20 people", "20 people")
            if (facts.contains(approximate ? "n:" + fact.substring(3) : "n:~" + fact.substring(2))) return false;
            for (String value : numberValues(fact)) {
                if ((bare || distinctive(value)) && values.contains(value)) return false;
                // "almost £39 million" after "£38.7m", "about 1,800" after "1,850": a hedged amount is the known one
                // it rounds, if one lies within 5% of it (amounts only: "about 20" after "19" may be news)
                if (approximate && distinctive(value) && closeToKnown(value, values)) return false;
            }
        }
        return true;
    }

    /** How far (relative) a hedged number may lie from a known one it restates: rounding to two figures or so. */
    static final double APPROXIMATE = 0.05;

    private static boolean closeToKnown(String value, Set<String> values) {
        double x;
        try {
            x = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return false;
        }
        if (x == 0) return false;
        for (String known : values) {
            if (known.isEmpty() || !Character.isDigit(known.charAt(0)) || !distinctive(known)) continue; // (names' keys too)
            try {
                double v = Double.parseDouble(known);
                if (Math.abs(x - v) <= APPROXIMATE * Math.max(Math.abs(x), Math.abs(v))) return true;
            } catch (NumberFormatException e) {
                // not a number
            }
        }
        return false;
    }

    /** The numbers of these facts ({@code n:} keys), without their counted words ({@link #numberValues(String)}). */
    static Set<String> numberValues(Iterable<String> facts) {
        Set<String> out = new HashSet<>();
        for (String f : facts) if (f.startsWith("n:")) out.addAll(numberValues(f));
        return out;
    }

    /**
     * The number of an {@code n:} fact without its counted word, and, where that word is a scale, also the number it
     * makes: "38 thousand" is 38 and 38000, so it is the "38,000" the story stated ("£1.2bn" and "1.2 billion" were
     * already one fact, "1.2 billion"). The figure alone stays a value too: "£4.2m" and "4.2 million" share 4.2, as
     * "m" may be metres as well as millions.
     */
    static List<String> numberValues(String fact) {
        int space = fact.indexOf(' ');
        String number = fact.substring(fact.startsWith("n:~") ? 3 : 2, space < 0 ? fact.length() : space);
        BigDecimal scale = space < 0 ? null : SCALE_VALUES.get(fact.substring(space + 1));
        if (scale == null) return List.of(number);
        try {
            return List.of(number, new BigDecimal(number).multiply(scale).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return List.of(number);
        }
    }

    private static final Map<String, BigDecimal> SCALE_VALUES = Map.of(
            "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L));

    /** {@link #numberValues} and the {@link #key}s of these facts' names: what {@link #isNewFact} knows them by. */
    static Set<String> knownKeys(Iterable<String> facts) {
        Set<String> out = numberValues(facts);
        for (String f : facts) if (f.startsWith("f:")) out.add(key(f));
        return out;
    }

    /**
     * What a fact is known and counted by: a name by its stem in its own language ("f:" and the last word of the
     * fact, {@link TextFeatures#facts}), so two cases of one name in an article count once; any other fact as it is.
     */
    static String key(String fact) {
        if (!fact.startsWith("f:")) return fact;
        int own = fact.indexOf(' ');
        return own < 0 ? fact : "f:" + fact.substring(own + 1);
    }

    /** A number from 100 up, or with decimals: a count or an amount that does not recur by chance. */
    static boolean distinctive(String value) {
        try {
            double v = Double.parseDouble(value);
            return v >= DISTINCTIVE_NUMBER || v != Math.rint(v);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static final double DISTINCTIVE_NUMBER = 100;

    /** The story's memory after it has read these sentences too; bounded, oldest dropped first. */
    public static StoryMemory remember(StoryMemory memory, List<Sentence> article, int maxSentences) {
        return remember(memory, article, maxSentences, null);
    }

    /**
     * The same for an article published on {@code published} (null when unknown): a weekday it names is also
     * remembered as the date it means when it tells what happened, the last such day on or before publication ("on
     * Sunday" in a report of Monday 5 July is 4 July). Timelines and explainers write those dates out ("Sunday 4
     * July"), and a date written out was a new fact. Remembered only, so an alert never rests on a date worked out this
     * way. Not the next such day too: "on Wednesday" in a report of Sunday 11 July then also meant the 14th, and a
     * development's "letters will be posted from 14 July" read as known (blind set 17).
     */
    public static StoryMemory remember(StoryMemory memory, List<Sentence> article, int maxSentences,
                                       LocalDate published) {
        List<int[]> sentences = new ArrayList<>(memory.sentences());
        LinkedHashSet<Integer> vocabulary = new LinkedHashSet<>(memory.vocabulary());
        LinkedHashSet<String> facts = new LinkedHashSet<>(memory.facts());
        for (Sentence s : article) {
            if (s.terms().length > 0) sentences.add(s.terms());
            for (int t : s.terms()) vocabulary.add(t);
            facts.addAll(s.facts());
            if (published != null) facts.addAll(weekdayDates(s.text(), published));
        }
        return new StoryMemory(tail(sentences, maxSentences), tail(new ArrayList<>(vocabulary), maxSentences * 15),
                tail(new ArrayList<>(facts), maxSentences * 4));
    }

    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** The date facts ({@code d:july 4}) the weekdays named in a sentence published on {@code published} mean. */
    static Set<String> weekdayDates(String sentence, LocalDate published) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WEEKDAY.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
            out.add("d:" + d.getMonth().name().toLowerCase(Locale.ROOT) + " " + d.getDayOfMonth());
        }
        return out;
    }

    /**
     * One story's memory with another's (a story merged into it) taken in, with the bounds of
     * {@link #remember}: the other's entries count as older, so they are dropped first when a bound is
     * reached, and a known sentence is kept once.
     */
    public static StoryMemory absorb(StoryMemory memory, StoryMemory other, int maxSentences) {
        List<int[]> sentences = new ArrayList<>(other.sentences().size() + memory.sentences().size());
        Set<String> seen = new HashSet<>();
        for (List<int[]> from : List.of(other.sentences(), memory.sentences())) {
            for (int[] s : from) if (seen.add(Arrays.toString(s))) sentences.add(s);
        }
        LinkedHashSet<Integer> vocabulary = new LinkedHashSet<>(other.vocabulary());
        // what the surviving story itself said counts as the newer: re-added at the end
        vocabulary.removeAll(new HashSet<>(memory.vocabulary()));
        vocabulary.addAll(memory.vocabulary());
        LinkedHashSet<String> facts = new LinkedHashSet<>(other.facts());
        facts.removeAll(new HashSet<>(memory.facts()));
        facts.addAll(memory.facts());
        return new StoryMemory(tail(sentences, maxSentences), tail(new ArrayList<>(vocabulary), maxSentences * 15),
                tail(new ArrayList<>(facts), maxSentences * 4));
    }

    private static <T> List<T> tail(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(list.size() - max, list.size());
    }

    /** |a ∩ b| / |a| over sorted distinct int arrays. */
    static double containment(int[] a, int[] b) {
        if (a.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / a.length;
    }

    private static String clip(String s) {
        return s.length() <= MAX_SENTENCE_CHARS ? s : s.substring(0, MAX_SENTENCE_CHARS) + "…";
    }

    static int[] sortedDistinct(int[] a) {
        return Arrays.stream(a).distinct().sorted().toArray();
    }
}
