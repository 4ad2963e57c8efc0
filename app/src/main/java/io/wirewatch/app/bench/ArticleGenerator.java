package io.wirewatch.app.bench;

import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.RawArticle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic stream of synthetic but realistic articles, recombined from real paragraphs.
 *
 * <p>Article {@code i} of a set is a pure function of (seed, set, i), so a million-article history can
 * be streamed without keeping it in memory, and two runs with the same seed produce the same bytes.
 * Several stories run concurrently (a new one starts every {@value #ARTICLES_PER_STORY} articles on
 * average, about {@value #CONCURRENT_STORIES} are active at once); each story draws its paragraphs from a
 * pool of three real bodies, so articles of one story share vocabulary and entities without being copies
 * of each other. Each original also carries a background paragraph from an unrelated body and a dateline.
 * A share {@code duplicates} of the articles are copies of a recent original from another outlet, with a
 * new headline and URL: half exact (same body), half near (a syndication footer added, the dateline
 * rewritten, sometimes the last paragraph cut).
 */
public final class ArticleGenerator {
    public static final int ARTICLES_PER_STORY = 20;
    public static final int CONCURRENT_STORIES = 8;
    private static final int COPY_WINDOW = 200;
    private static final Instant BASE = Instant.parse("2026-03-02T06:00:00Z");

    private static final String[] OUTLETS = {"Northbridge Herald", "Coastline Daily", "The Meridian Post",
            "Valley Courier", "Harbor Times", "Capital Ledger", "Summit Observer", "Riverside Gazette",
            "Eastgate Chronicle", "Lakeshore Tribune", "Granite State Wire", "Pacific Dispatch"};
    private static final String[] CITIES = {"WASHINGTON", "LONDON", "SAN FRANCISCO", "BRUSSELS", "NEW YORK",
            "TOKYO", "BERLIN", "NAIROBI", "SYDNEY", "TORONTO", "MUMBAI", "SAO PAULO"};
    private static final String[] AUTHORS = {"Maya Lindqvist", "Daniel Okafor", "Priya Raman", "Tomás Ferreira",
            "Hannah Weiss", "Kenji Mori", "Amara Nwosu", "Lucas Brennan", "Sofia Marchetti", "Omar Haddad"};

    /** What the generator made, with how it relates to earlier articles of the set (for reports). */
    public enum Kind { ORIGINAL, EXACT_COPY, NEAR_COPY }

    public record Generated(RawArticle raw, Kind kind, int index, int copyOf) {
    }

    private final BenchCorpus corpus;
    private final long seed;
    private final String set;
    private final double duplicates;

    /**
     * @param set        a short lower-case tag; articles of different sets never share URLs
     * @param duplicates share of copies, 0 to 0.9
     */
    public ArticleGenerator(BenchCorpus corpus, long seed, String set, double duplicates) {
        if (duplicates < 0 || duplicates > 0.9) throw new IllegalArgumentException("duplicates must be in [0, 0.9]");
        if (!set.matches("[a-z0-9]+")) throw new IllegalArgumentException("set must be [a-z0-9]+");
        this.corpus = corpus;
        this.seed = seed;
        this.set = set;
        this.duplicates = duplicates;
    }

    public String set() {
        return set;
    }

    /** The input name of article {@code i}: {@code bench/<set>/<i>}. */
    public String inputName(int i) {
        return "bench/" + set + "/" + i;
    }

    public Generated article(int i) {
        if (i < 0) throw new IllegalArgumentException("index must be >= 0");
        SplittableRandom rng = rng(i);
        double u = rng.nextDouble();
        if (i == 0 || u >= duplicates) return new Generated(original(i), Kind.ORIGINAL, i, -1);
        boolean exact = rng.nextBoolean();
        int j = i - 1 - rng.nextInt(Math.min(i, COPY_WINDOW));
        while (j > 0 && isCopy(j)) j--;
        RawArticle of = original(j);
        return new Generated(copy(i, of, exact, rng), exact ? Kind.EXACT_COPY : Kind.NEAR_COPY, i, j);
    }

    private boolean isCopy(int i) {
        return i > 0 && rng(i).nextDouble() < duplicates;
    }

    private SplittableRandom rng(int i) {
        return new SplittableRandom(mix(seed * 31 + set.hashCode()) ^ mix(i + 0x9E3779B97F4A7C15L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private RawArticle original(int i) {
        SplittableRandom rng = rng(i);
        rng.nextDouble(); // the copy draw of article()
        rng.nextBoolean();
        rng.nextInt(COPY_WINDOW);
        int story = Math.max(0, i / ARTICLES_PER_STORY - rng.nextInt(CONCURRENT_STORIES));
        SplittableRandom storyRng = new SplittableRandom(mix(seed ^ set.hashCode() * 7919L) ^ mix(story + 17L));
        int n = corpus.bodies().size();
        int[] pool = {storyRng.nextInt(n), storyRng.nextInt(n), storyRng.nextInt(n)};

        record Pick(int body, int para, String text) {
        }
        List<Pick> candidates = new ArrayList<>();
        for (int b : pool) {
            List<String> paras = corpus.bodies().get(b);
            for (int p = 0; p < paras.size(); p++) candidates.add(new Pick(b, p, paras.get(p)));
        }
        int want = Math.min(candidates.size(), 3 + rng.nextInt(5));
        List<Pick> chosen = new ArrayList<>();
        for (int k = 0; k < want; k++) chosen.add(candidates.remove(rng.nextInt(candidates.size())));
        chosen.sort(Comparator.comparingInt(Pick::para).thenComparingInt(Pick::body));
        List<String> paras = new ArrayList<>(chosen.stream().map(Pick::text).toList());
        List<String> background = corpus.bodies().get(rng.nextInt(n));
        paras.add(1 + rng.nextInt(paras.size()), background.get(rng.nextInt(background.size())));

        String outlet = OUTLETS[rng.nextInt(OUTLETS.length)];
        paras.set(0, CITIES[rng.nextInt(CITIES.length)] + " (" + outlet + ") — " + paras.get(0));
        String headline = headline(chosen.get(rng.nextInt(chosen.size())).text());
        Instant fetched = BASE.plus(Duration.ofMillis(250L * i));
        Instant published = fetched.minus(Duration.ofMinutes(1 + rng.nextInt(90)));
        String url = url(outlet, published, headline, i) + (rng.nextInt(10) < 3 ? "?utm_source=rss&utm_medium=feed" : "");
        return raw(i, outlet, url, fetched, published, headline, String.join("\n\n", paras),
                "By " + AUTHORS[rng.nextInt(AUTHORS.length)]);
    }

    private RawArticle copy(int i, RawArticle of, boolean exact, SplittableRandom rng) {
        String outlet = OUTLETS[rng.nextInt(OUTLETS.length)];
        if (outlet.equals(of.source())) outlet = OUTLETS[(rng.nextInt(OUTLETS.length - 1) + 1 + index(of.source())) % OUTLETS.length];
        String headline = switch (rng.nextInt(3)) {
            case 0 -> of.title() + " | " + outlet;
            case 1 -> "Update: " + of.title();
            default -> of.title().toUpperCase(Locale.ROOT);
        };
        if (headline.equals(of.title())) headline = of.title() + " — " + outlet; // scripts without case
        String body = of.body();
        if (!exact) {
            List<String> paras = new ArrayList<>(List.of(body.split("\n\n")));
            paras.set(0, paras.get(0).replace("(" + of.source() + ")", "(" + outlet + ")"));
            if (paras.size() > 4 && rng.nextInt(10) < 3) paras.remove(paras.size() - 1);
            paras.add("This story originally appeared in " + of.source() + " and is republished by " + outlet
                    + " under a syndication agreement. © 2026 " + outlet + ". All rights reserved.");
            body = String.join("\n\n", paras);
        }
        Instant fetched = BASE.plus(Duration.ofMillis(250L * i));
        return raw(i, outlet, url(outlet, fetched, headline, i), fetched, fetched.minus(Duration.ofMinutes(rng.nextInt(30))),
                headline, body, of.byline());
    }

    private static int index(String outlet) {
        for (int k = 0; k < OUTLETS.length; k++) if (OUTLETS[k].equals(outlet)) return k;
        return 0;
    }

    private RawArticle raw(int i, String outlet, String url, Instant fetched, Instant published, String title,
                           String body, String byline) {
        String canonical = Ids.canonicalUrl(url);
        String id = Ids.articleId(canonical, TextNormalizer.fingerprint(body));
        return new RawArticle(id, inputName(i), outlet, url, canonical, fetched, published, null, title, body,
                byline, "en", outlet, "page", null);
    }

    private String url(String outlet, Instant when, String headline, int i) {
        String domain = outlet.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[^a-z]+", "") + ".example";
        ZonedDateTime d = when.atZone(ZoneOffset.UTC);
        String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        return String.format(Locale.ROOT, "https://www.%s/%04d/%02d/%02d/%s-%s%d.html", domain, d.getYear(),
                d.getMonthValue(), d.getDayOfMonth(), slug, set, i);
    }

    /** The first sentence of a paragraph, cut to at most 14 words. */
    static String headline(String paragraph) {
        String s = paragraph.strip();
        int dot = s.indexOf(". ");
        if (dot > 20) s = s.substring(0, dot);
        String[] words = s.split("\\s+");
        if (words.length > 14) s = String.join(" ", java.util.Arrays.copyOf(words, 14));
        s = s.replaceAll("[,;:—–-]+$", "").strip();
        return s.isEmpty() ? "Untitled" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
