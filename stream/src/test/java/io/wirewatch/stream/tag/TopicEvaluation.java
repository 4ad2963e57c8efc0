package io.wirewatch.stream.tag;

import io.wirewatch.common.model.TopicTag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Top-level topic accuracy on headlines labelled with a news category (UCI News Aggregator, CC BY 4.0):
 * b → economy, business and finance; t → science and technology; e → arts, culture, entertainment and media;
 * m → health. "top-1" counts the first topic (chosen among all 17 top-levels) equal to the mapped one;
 * "any" counts the mapped one anywhere among the assigned topics.
 * <p>Full development set (1,991 headlines, outside the repo), after building the class path as in
 * {@link EntityGold}: {@code java -cp stream/target/test-classes:stream/target/classes:$(cat stream/target/cp.txt)
 * io.wirewatch.stream.tag.TopicEvaluation /work/shared/datasets/uci-news-stories-dev}; without an argument it
 * uses the 399-headline sample shipped in {@code tag/topics/uci-headlines-sample.tsv}. It also prints the
 * hand-labelled full articles ({@link #HAND_LABELLED}).
 */
public final class TopicEvaluation {
    static final Map<String, String> CATEGORY_TO_TOP = Map.of(
            "b", "medtop:04000000", "t", "medtop:13000000", "e", "medtop:01000000", "m", "medtop:07000000");

    public record Labelled(String title, String category) {
    }

    public record Result(int n, int top1, int any, int fourWay, Map<String, int[]> perCategory) {
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
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "n=%d top-1 accuracy (17 top-levels)=%.3f, mapped topic among assigned=%.3f, 4-way accuracy=%.3f",
                    n, top1Accuracy(), anyAccuracy(), fourWayAccuracy()));
            perCategory.forEach((c, v) -> sb.append(String.format(Locale.ROOT, "%n  %s: %d/%d top-1", c, v[0], v[1])));
            return sb.toString();
        }
    }

    private TopicEvaluation() {
    }

    public static Result evaluate(TopicClassifier classifier, List<Labelled> items) {
        int top1 = 0, any = 0, four = 0;
        Map<String, int[]> per = new TreeMap<>();
        List<String> codes = classifier.topLevels().stream().map(IptcTaxonomy.Concept::code).toList();
        for (Labelled l : items) {
            String want = CATEGORY_TO_TOP.get(l.category());
            double[] scores = classifier.topLevelScores(l.title(), "");
            String bestOfFour = null;
            double bestScore = -1;
            for (String code : CATEGORY_TO_TOP.values()) {
                double sc = scores[codes.indexOf(code)];
                if (sc > bestScore) {
                    bestScore = sc;
                    bestOfFour = code;
                }
            }
            if (bestScore > 0 && want.equals(bestOfFour)) four++;
            List<TopicTag> tags = classifier.classify(l.title(), "");
            boolean first = !tags.isEmpty() && tags.get(0).code().equals(want);
            boolean among = tags.stream().anyMatch(t -> t.code().equals(want));
            if (first) top1++;
            if (among) any++;
            int[] c = per.computeIfAbsent(l.category(), k -> new int[2]);
            if (first) c[0]++;
            c[1]++;
        }
        return new Result(items.size(), top1, any, four, per);
    }

    /** The shipped sample: title TAB category, one a line. */
    public static List<Labelled> sample() {
        List<Labelled> out = new ArrayList<>();
        for (String line : EntityGold.resource("tag/topics/uci-headlines-sample.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.add(new Labelled(f[0], f[1]));
        }
        return out;
    }

    /** The full set from the data set's folder: in/*.txt headers and gold.json categories. */
    public static List<Labelled> fromDirectory(Path dir) {
        try {
            var gold = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("gold.json").toFile());
            List<Labelled> out = new ArrayList<>();
            var names = new ArrayList<String>();
            gold.path("category").fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String text = Files.readString(dir.resolve("in").resolve(name), StandardCharsets.UTF_8);
                String title = text.lines().filter(l -> l.startsWith("Title:")).findFirst().orElse("Title:").substring(6).strip();
                out.add(new Labelled(title, gold.path("category").path(name).asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Full articles labelled by hand (before looking at the classifier's output for them): the top-level topics
     * a news editor would accept as the first one.
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

    public static void main(String[] args) {
        TopicClassifier classifier = new TopicClassifier();
        List<Labelled> items = args.length > 0 ? fromDirectory(Path.of(args[0])) : sample();
        System.out.println("UCI headlines: " + evaluate(classifier, items));
        int right = 0, n = 0, deeper = 0;
        for (String set : List.of("seeds", "heldout", "fresh")) {
            for (EntityGold.GoldArticle a : EntityGold.load(set)) {
                List<TopicTag> tags = classifier.classify("", a.text());
                boolean ok = !tags.isEmpty() && HAND_LABELLED.get(a.id()).contains(tags.get(0).code());
                if (ok) right++;
                if (tags.stream().anyMatch(t -> IptcTaxonomy.defaults().get(t.code()).parent() != null)) deeper++;
                n++;
                System.out.println((ok ? "ok  " : "MISS") + " " + a.id() + ": " + tags.stream()
                        .map(t -> t.label() + " " + t.score()).toList());
            }
        }
        System.out.printf(Locale.ROOT, "hand-labelled full articles: top-1 top-level right %d/%d; with a deeper topic %d/%d%n",
                right, n, deeper, n);
    }
}
