package io.wirewatch.stream.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes the copies a news stream really carries, deterministically from a seeded {@link Random}:
 * a new headline and byline, share links, syndication notices and site footers, paragraphs cut,
 * sentences reworded. General text operations only; nothing here knows the articles it edits.
 */
final class CopyEditor {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\\p{Lu}\"“‘(])");

    static final List<String> HEADLINE_PREFIXES = List.of("", "", "UPDATE: ", "Exclusive: ", "Analysis: ",
            "BREAKING: ", "Explainer: ", "Report: ");
    static final List<String> SITE_NAMES = List.of("The Daily Courier", "Metro Wire", "NewsNow", "The Ledger",
            "Globe Today", "Valley Times", "World Desk", "Capital Report");
    static final List<String> BYLINES = List.of(
            "By Staff Reporter | %s | 3 min read",
            "From wire reports. Published by %s.",
            "%s newsroom — updated 2 hours ago",
            "Written by our correspondent for %s. Filed at 09:41 local time.");
    static final List<String> SHARE_LINKS = List.of(
            "Share this article: Facebook Twitter LinkedIn Email Print",
            "Share: Facebook · X · WhatsApp · Reddit · Copy link",
            "Tweet Share Pin Email Comments",
            "Share on Facebook Share on Twitter Share via Email Save for later",
            "Follow us on Facebook, Instagram and X for the latest updates.");
    static final List<String> SYNDICATION = List.of(
            "This story was originally published by %s and is republished here under a content-sharing agreement.",
            "Copyright 2026 %s. All rights reserved. This material may not be published, broadcast, rewritten or"
                    + " redistributed without permission.",
            "Reporting by our correspondents; additional reporting by wire services. Editing by the %s news desk.",
            "%s has not independently verified this report. Views expressed are the author's own.",
            "Distributed by %s Syndication. For licensing enquiries contact our syndication team.");
    static final List<String> FOOTERS = List.of(
            "Sign up for the %s morning newsletter to get the day's top stories delivered to your inbox.",
            "Got a news tip? Email our newsroom or message us securely on Signal.",
            "© 2026 %s. All rights reserved. Privacy policy | Terms of service | Cookie settings | Contact us",
            "Read more: Top stories this week | Most popular | Editor's picks | Latest video",
            "We welcome your comments. Please keep the conversation civil and on topic; comments are moderated.",
            "Related coverage: What we know so far, The week in review, and Five charts that explain it.");
    /** Common news-writing substitutions, in both directions, for rewording. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("told", "informed"),
            Map.entry("announced", "revealed"), Map.entry("however", "but"), Map.entry("also", "additionally"),
            Map.entry("company", "firm"), Map.entry("government", "administration"), Map.entry("people", "individuals"),
            Map.entry("big", "large"), Map.entry("large", "big"), Map.entry("new", "fresh"), Map.entry("many", "numerous"),
            Map.entry("about", "roughly"), Map.entry("more", "further"), Map.entry("because", "as"),
            Map.entry("but", "yet"), Map.entry("show", "indicate"), Map.entry("shows", "indicates"),
            Map.entry("help", "assist"), Map.entry("start", "begin"), Map.entry("started", "began"),
            Map.entry("buy", "purchase"), Map.entry("use", "utilise"), Map.entry("used", "utilised"),
            Map.entry("important", "key"), Map.entry("major", "significant"), Map.entry("very", "highly"),
            Map.entry("after", "following"), Map.entry("before", "prior to"), Map.entry("while", "whereas"),
            Map.entry("expected", "anticipated"), Map.entry("increase", "rise"), Map.entry("decrease", "fall"),
            Map.entry("percent", "per cent"), Map.entry("officials", "authorities"), Map.entry("report", "account"),
            Map.entry("week", "seven days"), Map.entry("first", "initial"), Map.entry("last", "previous"));

    private final Random random;

    CopyEditor(long seed) {
        this.random = new Random(seed);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A new headline built from the lead's words, with an outlet's prefix and suffix. */
    String headline(List<String> paragraphs, String site) {
        String[] words = paragraphs.get(0).split("\\s+");
        int n = Math.min(words.length, 6 + random.nextInt(6));
        int from = words.length > n ? random.nextInt(Math.min(4, words.length - n) + 1) : 0;
        return pick(HEADLINE_PREFIXES) + String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n))
                + (random.nextBoolean() ? " | " + site : "");
    }

    /** New headline, byline, share links at the top; syndication notice, footers and share links at the bottom. */
    List<String> syndicate(List<String> paragraphs) {
        String site = pick(SITE_NAMES);
        List<String> out = new ArrayList<>();
        out.add(headline(paragraphs, site));
        out.add(String.format(Locale.ROOT, pick(BYLINES), site));
        if (random.nextBoolean()) out.add(pick(SHARE_LINKS));
        out.addAll(paragraphs);
        out.add(String.format(Locale.ROOT, pick(SYNDICATION), site));
        int footers = 1 + random.nextInt(2);
        List<String> pool = new ArrayList<>(FOOTERS);
        java.util.Collections.shuffle(pool, random);
        for (int i = 0; i < footers; i++) out.add(String.format(Locale.ROOT, pool.get(i), site));
        out.add(pick(SHARE_LINKS));
        return out;
    }

    /** Drops up to {@code n} paragraphs (never the lead), keeping at least three. */
    List<String> cut(List<String> paragraphs, int n) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < n && out.size() > 3; i++) out.remove(1 + random.nextInt(out.size() - 1));
        return out;
    }

    /** Rewords about {@code share} of the sentences: swaps common words for synonyms, else drops a short word. */
    List<String> reword(List<String> paragraphs, double share) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder sb = new StringBuilder();
            for (String sentence : SENTENCE_END.split(p)) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(random.nextDouble() < share ? rewordSentence(sentence) : sentence);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private String rewordSentence(String sentence) {
        String[] words = sentence.split(" ");
        int changed = 0;
        for (int i = 0; i < words.length && changed < 2; i++) {
            String key = words[i].toLowerCase(Locale.ROOT);
            String syn = SYNONYMS.get(key);
            if (syn != null) {
                words[i] = Character.isUpperCase(words[i].charAt(0))
                        ? Character.toUpperCase(syn.charAt(0)) + syn.substring(1) : syn;
                changed++;
            }
        }
        if (changed == 0 && words.length > 6) {
            int i = 1 + random.nextInt(words.length - 2);
            words[i] = "";
        }
        return String.join(" ", words).replace("  ", " ");
    }

    /** Splits a body into paragraphs (line or blank-line separated). */
    static List<String> paragraphs(String body) {
        return Fixtures.paragraphs(body);
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
