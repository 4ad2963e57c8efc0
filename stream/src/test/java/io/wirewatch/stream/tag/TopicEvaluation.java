package io.wirewatch.stream.tag;

import io.wirewatch.common.model.TopicTag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Top-level IPTC topic accuracy on two labelled sets, each split into a calibration half (used while changing the
 * classifier) and a held-out half (only reported), by {@link #isCalibration(String)}:
 * <ul>
 *   <li>Full articles: the 181 pages of the Scrapinghub article-extraction benchmark (MIT; title from the page,
 *   body = the benchmark's articleBody), {@code tag/topics/scrapinghub-articles.tsv}, labelled by hand from URL,
 *   title and first paragraph before the classifier was run on them ({@code scrapinghub-topic-labels.tsv}: every
 *   acceptable top-level topic). A page counts as right when the first assigned topic is one of its accepted ones.
 *   The main figure is over the English pages; the 20 pages in other languages are printed apart. Split by id.</li>
 *   <li>Headlines: UCI News Aggregator (CC BY 4.0) categories b → economy, business and finance; t → science and
 *   technology; e → arts, culture, entertainment and media; m → health. "top-1" is the first topic, chosen among
 *   all 17 top levels; "4-way" the best of the four mapped ones. Split by the aggregator's story id, so that the
 *   headlines of one story are all on one side.</li>
 * </ul>
 * Run: {@code scripts/run-class stream io.wirewatch.stream.tag.TopicEvaluation [/work/shared/datasets/uci-news-stories-dev]};
 * without an argument the headlines are the 399-headline sample shipped in {@code tag/topics/uci-headlines-sample.tsv}.
 */
public final class TopicEvaluation {
    static final Map<String, String> CATEGORY_TO_TOP = Map.of(
            "b", "medtop:04000000", "t", "medtop:13000000", "e", "medtop:01000000", "m", "medtop:07000000");

    public record Labelled(String title, String category, String story) {
        public Labelled {
            Objects.requireNonNull(title, "title");
            if (!CATEGORY_TO_TOP.containsKey(category)) throw new IllegalArgumentException("unknown category " + category);
            story = story == null ? title : story;
        }
    }

    /** A full article with every top-level topic an editor would accept first ({@code accepted.get(0)} the likeliest). */
    public record LabelledArticle(String id, String title, String body, List<String> accepted, String language) {
        public LabelledArticle {
            Objects.requireNonNull(id, "id");
            if (accepted == null || accepted.isEmpty()) throw new IllegalArgumentException("no label for " + id);
            accepted = List.copyOf(accepted);
            title = title == null ? "" : title;
            body = body == null ? "" : body;
        }
    }

    /** Calibration half when the CRC-32 of the key (article id, story id) is even; a fixed, content-blind split. */
    public static boolean isCalibration(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    public record Result(int n, int top1, int any, int fourWay, Map<String, Map<String, Integer>> confusion) {
        public double top1Accuracy() {
            return n == 0 ? 0 : (double) top1 / n;
        }

        /** Argmax over the four mapped top-levels only: the data set's own label space. */
        public double fourWayAccuracy() {
            return n == 0 ? 0 : (double) fourWay / n;
        }

        public double anyAccuracy() {
            return n == 0 ? 0 : (double) any / n;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "n=%d top-1 (17 top-levels)=%.3f, mapped topic among assigned=%.3f, 4-way=%.3f",
                    n, top1Accuracy(), anyAccuracy(), fourWayAccuracy()) + confusionTable(confusion);
        }
    }

    public record ArticleResult(int n, int top1, int anyTop, Map<String, Map<String, Integer>> confusion,
                                List<String> misses) {
        public double top1Accuracy() {
            return n == 0 ? 0 : (double) top1 / n;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d top-1 top-level right=%d (%.3f), an accepted one among assigned=%d (%.3f)",
                    n, top1, top1Accuracy(), anyTop, n == 0 ? 0 : (double) anyTop / n) + confusionTable(confusion);
        }
    }

    private TopicEvaluation() {
    }

    public static Result evaluate(TopicClassifier classifier, List<Labelled> items) {
        int top1 = 0, any = 0, four = 0;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> codes = classifier.topLevels().stream().map(IptcTaxonomy.Concept::code).toList();
        for (Labelled l : items) {
            String want = CATEGORY_TO_TOP.get(l.category());
            double[] scores = classifier.topLevelScores(l.title(), "");
            String bestOfFour = null;
            double bestScore = Double.NEGATIVE_INFINITY, worstScore = Double.POSITIVE_INFINITY;
            for (String code : CATEGORY_TO_TOP.values()) {
                double sc = scores[codes.indexOf(code)];
                worstScore = Math.min(worstScore, sc);
                if (sc > bestScore) {
                    bestScore = sc;
                    bestOfFour = code;
                }
            }
            // a headline with no evidence for any of the four (all equal) is a miss, not a lucky first pick
            if (bestScore > worstScore && want.equals(bestOfFour)) four++;
            List<TopicTag> tags = classifier.classify(l.title(), "");
            boolean first = !tags.isEmpty() && tags.get(0).code().equals(want);
            if (first) top1++;
            if (tags.stream().anyMatch(t -> t.code().equals(want))) any++;
            confusion.computeIfAbsent(short2(want), k -> new TreeMap<>())
                    .merge(tags.isEmpty() ? "--" : short2(tags.get(0).code()), 1, Integer::sum);
        }
        return new Result(items.size(), top1, any, four, confusion);
    }

    public static ArticleResult evaluateArticles(TopicClassifier classifier, List<LabelledArticle> items) {
        int top1 = 0, anyTop = 0;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (LabelledArticle a : items) {
            List<TopicTag> tags = classifier.classify(a.title(), a.body());
            String got = tags.isEmpty() ? "--" : tags.get(0).code();
            boolean ok = a.accepted().contains(got);
            if (ok) top1++;
            else misses.add(a.id().substring(0, 10) + " want " + a.accepted() + " got " + tags.stream()
                    .map(t -> t.label() + " " + t.score()).toList() + " | " + a.title());
            if (tags.stream().anyMatch(t -> a.accepted().contains(t.code()))) anyTop++;
            confusion.computeIfAbsent(short2(a.accepted().get(0)), k -> new TreeMap<>())
                    .merge(ok ? short2(a.accepted().get(0)) : short2(got), 1, Integer::sum);
        }
        return new ArticleResult(items.size(), top1, anyTop, confusion, misses);
    }

    /** "medtop:04000000" → "04". */
    private static String short2(String code) {
        return code.startsWith("medtop:") ? code.substring(7, 9) : code;
    }

    /** Rows: gold (first accepted) top level; cells: predicted first topic (a right answer counts on the diagonal). */
    static String confusionTable(Map<String, Map<String, Integer>> confusion) {
        StringBuilder sb = new StringBuilder();
        confusion.forEach((gold, row) -> {
            int n = row.values().stream().mapToInt(Integer::intValue).sum();
            sb.append(String.format(Locale.ROOT, "%n  gold %s (%d, right %d): ", gold, n, row.getOrDefault(gold, 0)));
            row.forEach((got, c) -> sb.append(got).append('=').append(c).append(' '));
        });
        return sb.toString();
    }

    /** The shipped sample: title TAB category TAB story id, one a line. */
    public static List<Labelled> sample() {
        List<Labelled> out = new ArrayList<>();
        for (String line : EntityGold.resource("tag/topics/uci-headlines-sample.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.add(new Labelled(f[0], f[1], f.length > 2 ? f[2] : null));
        }
        return out;
    }

    /** The full set from the data set's folder: in/*.txt headers and gold.json categories and story ids. */
    public static List<Labelled> fromDirectory(Path dir) {
        try {
            var gold = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("gold.json").toFile());
            List<Labelled> out = new ArrayList<>();
            var names = new ArrayList<String>();
            gold.path("category").fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String text = Files.readString(dir.resolve("in").resolve(name), StandardCharsets.UTF_8);
                String title = text.lines().filter(l -> l.startsWith("Title:")).findFirst().orElse("Title:").substring(6).strip();
                out.add(new Labelled(title, gold.path("category").path(name).asText(), gold.path("labels").path(name).asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 181 hand-labelled Scrapinghub pages (all languages). */
    public static List<LabelledArticle> articles() {
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (String line : EntityGold.resource("tag/topics/scrapinghub-topic-labels.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            labels.put(f[0], f);
        }
        List<LabelledArticle> out = new ArrayList<>();
        for (String line : EntityGold.resource("tag/topics/scrapinghub-articles.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String[] l = labels.get(f[0]);
            if (l == null) throw new IllegalStateException("no topic label for article " + f[0]);
            out.add(new LabelledArticle(f[0], unescape(f[2]), unescape(f[3]), List.of(l[1].split(",")), l[2]));
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static <T> List<T> half(List<T> items, java.util.function.Function<T, String> key, boolean calibration) {
        Predicate<T> inHalf = t -> isCalibration(key.apply(t)) == calibration;
        return items.stream().filter(inHalf).toList();
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        TopicClassifier classifier = new TopicClassifier();
        System.out.printf(Locale.ROOT, "classifier built in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        boolean verbose = args.length > 1 && args[1].equals("-v");
        List<Labelled> items = args.length > 0 && !args[0].equals("-") ? fromDirectory(Path.of(args[0])) : sample();
        System.out.println("UCI headlines, calibration stories: " + evaluate(classifier, half(items, Labelled::story, true)));
        System.out.println("UCI headlines, HELD-OUT stories: " + evaluate(classifier, half(items, Labelled::story, false)));
        List<LabelledArticle> all = articles();
        List<LabelledArticle> english = all.stream().filter(a -> a.language().equals("en")).toList();
        for (boolean cal : List.of(true, false)) {
            ArticleResult r = evaluateArticles(classifier, half(english, LabelledArticle::id, cal));
            System.out.println("Scrapinghub English articles, " + (cal ? "calibration" : "HELD-OUT") + " half: " + r);
            if (verbose || cal) r.misses().forEach(m -> System.out.println("  MISS " + m));
        }
        System.out.println("Scrapinghub non-English articles (not a target): "
                + evaluateArticles(classifier, all.stream().filter(a -> !a.language().equals("en")).toList())
                .toString().lines().findFirst().orElse(""));
        int right = 0, n = 0, deeper = 0;
        for (String set : List.of("seeds", "heldout", "fresh")) {
            for (EntityGold.GoldArticle a : EntityGold.load(set)) {
                List<TopicTag> tags = classifier.classify("", a.text());
                boolean ok = !tags.isEmpty() && HAND_LABELLED.get(a.id()).contains(tags.get(0).code());
                if (ok) right++;
                if (tags.stream().anyMatch(t -> IptcTaxonomy.defaults().get(t.code()).parent() != null)) deeper++;
                n++;
                if (verbose) System.out.println((ok ? "ok  " : "MISS") + " " + a.id() + ": " + tags.stream()
                        .map(t -> t.label() + " " + t.score()).toList());
            }
        }
        System.out.printf(Locale.ROOT, "entity-gold articles (body only): top-1 top-level right %d/%d; with a deeper topic %d/%d%n",
                right, n, deeper, n);
    }

    /**
     * The entity-gold articles labelled by hand (before looking at the classifier's output for them): the top-level
     * topics a news editor would accept as the first one.
     */
    static final Map<String, List<String>> HAND_LABELLED = Map.ofEntries(
            Map.entry("seed-000", List.of("medtop:11000000", "medtop:13000000")),
            Map.entry("seed-001", List.of("medtop:11000000", "medtop:13000000")),
            Map.entry("seed-002", List.of("medtop:11000000", "medtop:13000000")),
            Map.entry("seed-003", List.of("medtop:11000000", "medtop:13000000")),
            Map.entry("seed-004", List.of("medtop:11000000", "medtop:13000000")),
            Map.entry("heldout-h1-alibaba", List.of("medtop:04000000")),
            Map.entry("heldout-h2-emirates", List.of("medtop:04000000")),
            Map.entry("heldout-h3-omar", List.of("medtop:02000000")),
            Map.entry("heldout-h4-startrek", List.of("medtop:01000000")),
            Map.entry("heldout-h5-esper", List.of("medtop:11000000", "medtop:16000000")),
            Map.entry("fresh-f1-noem", List.of("medtop:07000000", "medtop:14000000")),
            Map.entry("fresh-f2-mourinho", List.of("medtop:15000000")),
            Map.entry("fresh-f3-carsales", List.of("medtop:04000000")),
            Map.entry("fresh-f4-assange", List.of("medtop:02000000")),
            Map.entry("fresh-f5-moonshot", List.of("medtop:13000000")));
}
