package io.wirewatch.stream.story;

import io.wirewatch.common.LanguageDetection;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Alert precision on hand-written follow-ups. Replays the seeds (file order), then the follow-ups
 * (file order), one hour apart, through a fresh {@link StoryEngine}; a file whose header dates it (the blind sets') is
 * read half an hour after its publication time, as continuous monitoring would read it. A follow-up's file name says
 * its story ({@code seeds}, or the group of a {@code -00-} file, the story's first) and whether it brings real new
 * facts ({@code -dev}) or rewrites known ones ({@code -rewrite}), the third part of the file name.
 * Reproduce: see the package documentation ({@code package-info.java}).
 */
public final class AlertEvaluation {
    /** What happened to one file. */
    public record Row(String name, String storyId, AlertType alert, double novelty, int newFacts, List<String> whatsNew) {
    }

    private AlertEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        Path followups = Path.of(args.length > 1 ? args[1] : "stream/src/test/resources/story/followups");
        // story settings from system properties (JAVA_TOOL_OPTIONS=-Dstory.event.dates=false), as a properties file
        // would give them to the app
        Map<String, String> props = new HashMap<>();
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith("story.")) props.put(k, System.getProperty(k));
        }
        StorySettings defaults = new StoryConfig(props).settings();
        List<Row> rows = replay(seeds, followups, defaults);
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-32s story=%s %-11s novelty=%6.2f newFacts=%2d%n", r.name(), r.storyId(),
                    r.alert() == null ? "-" : r.alert(), r.novelty(), r.newFacts());
            for (String s : r.whatsNew()) System.out.println("      + " + (s.length() > 150 ? s.substring(0, 150) + "…" : s));
        }
        System.out.println(report(rows, seeds));
        System.out.println("clustering of seeds and follow-ups (each file's story read from its name): " + clustering(rows));
        // a story merged into another later on is the other's: the figure the pipeline's report gives
        System.out.println("  the same, each file in the story it ends up in (merges followed): "
                + clustering(replay(seeds, followups, defaults, true)));
        // stories that move slowly: every article a day and an hour after the one before, so each story is quiet
        // (story.quiet.after.ms) between its articles; titles only is how a headline feed would carry them
        StorySettings neverQuiet = defaults.withQuiet(defaults.dormantAfterMs(), 1);
        for (boolean titlesOnly : new boolean[] {false, true}) {
            System.out.printf(Locale.ROOT, "  one article every 25 h, %s: %s%n      without the quiet rule: %s%n",
                    titlesOnly ? "titles only" : "full articles",
                    slowClustering(seeds, followups, 25 * 3_600_000L, titlesOnly, defaults),
                    slowClustering(seeds, followups, 25 * 3_600_000L, titlesOnly, neverQuiet));
        }
        if (args.length > 3) {
            Map<String, String> events = readEvents(Path.of(args[3]));
            fullArticleClustering(seeds, followups, Path.of(args[2]), events, defaults)
                    .forEach((k, v) -> System.out.println("clustering of full articles, " + k + ": " + v));
            fullArticleClustering(seeds, followups, Path.of(args[2]), events, defaults.withEmbeddings(false))
                    .forEach((k, v) -> System.out.println("  without embeddings, " + k + ": " + v));
            // informative only: the pages are too few (47 same-story pairs) to choose a threshold on
            System.out.println("join threshold sweep (articles with a lead): all items / calibration half / report half");
            for (double jt = 0.20; jt <= 0.701; jt += 0.05) {
                var r = fullArticleClustering(seeds, followups, Path.of(args[2]), events, defaults.withJoinThreshold(jt));
                System.out.printf(Locale.ROOT, "  %.2f  all %s%n        cal %s%n        rep %s%n", jt, r.get("all"),
                        r.get("benchmark pages, calibration half"), r.get("benchmark pages, report half"));
            }
        }
        System.out.println("threshold sweep (development.threshold: precision / recall on follow-ups):");
        for (double t = 4; t <= 28; t += 2) {
            System.out.printf(Locale.ROOT, "  %5.1f  %s%n", t, score(replay(seeds, followups, defaults.withDevelopmentThreshold(t))));
        }
    }

    public static List<Row> replay(Path seeds, Path followups, StorySettings settings) throws IOException {
        return replay(seeds, followups, settings, false);
    }

    /**
     * As {@link #replay(Path, Path, StorySettings)}; with {@code merged}, each row's story is the one its article's
     * story ended up in after the whole replay (a story merged into another is the other's).
     */
    static List<Row> replay(Path seeds, Path followups, StorySettings settings, boolean merged) throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), settings);
        List<Path> files = new ArrayList<>(PlainTextArticles.list(seeds));
        files.addAll(PlainTextArticles.list(followups));
        long t = START;
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            PlainTextArticles.Text text = PlainTextArticles.read(f);
            // a file whose header dates it is read live: half an hour after it was published (and never before the file
            // read before it), so that the rules on time (a story gone dormant, articles published weeks apart) see the
            // days between a story's articles as continuous monitoring would
            if (text.published() != null) t = Math.max(t, text.published().toEpochMilli() + READ_AFTER_MS);
            Article a = PlainTextArticles.article(text, Instant.ofEpochMilli(t),
                    text.published() != null ? text.published() : Instant.ofEpochMilli(t));
            StoryEngine.Outcome o = engine.onArticle(a, t);
            rows.add(new Row(f.getFileName().toString(), o.article().storyId(),
                    o.alert() == null ? null : o.alert().type(),
                    o.verdict() == null ? 0 : o.verdict().novelty(), o.verdict() == null ? 0 : o.verdict().newFacts(),
                    o.alert() == null ? List.of() : o.alert().whatsNew()));
            t += 3_600_000L;
        }
        if (!merged) return rows;
        return rows.stream().map(r -> new Row(r.name(), engine.resolve(r.storyId()), r.alert(), r.novelty(), r.newFacts(),
                r.whatsNew())).toList();
    }

    /**
     * Pairwise clustering of the seeds and follow-ups (each file's story read from its name) replayed in file order
     * with {@code gapMs} between two articles, as full articles or as their titles alone (a headline feed).
     */
    public static ClusteringEvaluation.Scores slowClustering(Path seeds, Path followups, long gapMs, boolean titlesOnly,
                                                             StorySettings settings) throws IOException {
        List<ClusteringEvaluation.Labelled> all = ClusteringEvaluation.tagged(ownArticles(seeds, followups, gapMs, titlesOnly));
        return ClusteringEvaluation.score(all, ClusteringEvaluation.cluster(all, settings), l -> true);
    }

    static final long START = Instant.parse("2026-06-13T00:00:00Z").toEpochMilli();
    /** How long after its publication a dated file is read in a replay (a feed polled every half hour or so). */
    static final long READ_AFTER_MS = 1_800_000L;

    /**
     * The seeds, then the follow-ups, in file order from {@link #START}, {@code gapMs} apart, each labelled
     * {@code own:<story>} by its file name; as titles alone (the body repeating the title, as a headline feed has it)
     * when {@code titlesOnly}.
     */
    static List<ClusteringEvaluation.Labelled> ownArticles(Path seeds, Path followups, long gapMs, boolean titlesOnly)
            throws IOException {
        List<Path> files = new ArrayList<>(PlainTextArticles.list(seeds));
        files.addAll(PlainTextArticles.list(followups));
        List<ClusteringEvaluation.Labelled> all = new ArrayList<>();
        long t = START;
        for (Path f : files) {
            String group = group(f.getFileName().toString());
            Article a = PlainTextArticles.article(PlainTextArticles.read(f), Instant.ofEpochMilli(t));
            if (titlesOnly) {
                a = new Article(a.articleId(), a.input(), a.source(), a.url(), a.canonicalUrl(), a.fetchedAt(),
                        a.publishedAt(), a.modifiedAt(), a.title(), a.title(), a.byline(), a.language(), a.siteName(),
                        io.wirewatch.common.TextNormalizer.fingerprint(a.title()), a.revision(), List.of(), List.of(), null);
            }
            all.add(new ClusteringEvaluation.Labelled(a, "own:" + (group == null ? "seeds" : group), t));
            t += gapMs;
        }
        return all;
    }

    /**
     * Pairwise clustering of full articles at event level: the seeds and follow-ups (stories: the seeds with
     * their follow-ups, each {@code -00-base} group; "tokyo" is the seeds' company but another event)
     * interleaved with the 181 pages of the extraction benchmark ({@code ground-truth.json}; the first sentence
     * of each body serves as title), whose stories are the hand-made event labels of {@code events} (id →
     * event; see {@code benchmark-events.SOURCE.md}). All items fall within one day, so dormancy plays no part.
     * Items are tagged as the enrich stage tags them. Returns the scores over all items and over the benchmark
     * pages alone (never used to develop or tune anything).
     */
    public static Map<String, ClusteringEvaluation.Scores> fullArticleClustering(Path seeds, Path followups,
            Path groundTruth, Map<String, String> events, StorySettings settings) throws IOException {
        List<ClusteringEvaluation.Labelled> all = new ArrayList<>(ownArticles(seeds, followups, 3_600_000L, false));
        long t0 = START;
        long t = t0 + all.size() * 3_600_000L;
        var pageJson = io.wirewatch.common.serde.JsonSerde.MAPPER.readTree(java.nio.file.Files.readAllBytes(groundTruth));
        int n = pageJson.size();
        int i = 0;
        for (var it = pageJson.fields(); it.hasNext(); i++) {
            var page = it.next();
            String body = io.wirewatch.common.TextNormalizer.normalise(page.getValue().path("articleBody").asText(""));
            List<String> sentences = TextFeatures.sentences(body);
            String title = sentences.isEmpty() ? "" : sentences.get(0);
            // spread over the same hours as the seeds and follow-ups, in the file's (hash) order
            long at = t0 + (long) ((double) i / n * (t - t0)) + i;
            Article a = new Article(io.wirewatch.common.Ids.shortId("page", page.getKey()), page.getKey(), "bench",
                    page.getValue().path("url").asText(null), null, Instant.ofEpochMilli(at), Instant.ofEpochMilli(at),
                    // the language ingest gives the page, so that the story stage embeds the English pages only
                    // and reads the others with their own stemmers, as it does in the topology
                    null, title, body, null, LanguageDetection.detect(page.getValue().path("articleBody").asText("")), null,
                    io.wirewatch.common.TextNormalizer.fingerprint(body), 1,
                    List.of(), List.of(), null);
            all.add(new ClusteringEvaluation.Labelled(a, "page:" + events.getOrDefault(page.getKey(), page.getKey()), at));
        }
        all.sort(java.util.Comparator.comparingLong(ClusteringEvaluation.Labelled::time));
        all = ClusteringEvaluation.tagged(all);
        Map<String, String> predicted = ClusteringEvaluation.cluster(all, settings);
        if (Boolean.getBoolean("show")) {
            Map<String, List<String>> by = new java.util.TreeMap<>();
            for (var l : all) {
                by.computeIfAbsent(predicted.get(l.article().articleId()), k -> new ArrayList<>())
                        .add(l.story() + " | " + l.article().title());
            }
            by.values().stream().filter(v -> v.size() > 1).forEach(v -> {
                System.out.println("predicted story:");
                v.forEach(x -> System.out.println("   " + (x.length() > 140 ? x.substring(0, 140) : x)));
            });
        }
        Map<String, ClusteringEvaluation.Scores> out = new java.util.LinkedHashMap<>();
        out.put("all", ClusteringEvaluation.score(all, predicted, l -> true));
        out.put("benchmark pages", ClusteringEvaluation.score(all, predicted, l -> l.story().startsWith("page:")));
        // each half of the pages: the pairs of pages with at least one in the half (a false join across counts)
        List<ClusteringEvaluation.Labelled> pages = all.stream().filter(l -> l.story().startsWith("page:")).toList();
        out.put("benchmark pages, calibration half", ClusteringEvaluation.half(pages, predicted,
                ClusteringEvaluation::calibration));
        out.put("benchmark pages, report half", ClusteringEvaluation.half(pages, predicted,
                l -> !ClusteringEvaluation.calibration(l)));
        return out;
    }

    /** Event labels: {@code id<TAB>event[<TAB>...]} lines, {@code #} comments. */
    public static Map<String, String> readEvents(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) throw new IOException("bad line in " + tsv + ": " + line);
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }

    /** Precision and recall of DEVELOPMENT over the follow-ups, and whether each joined its story. */
    public static String score(List<Row> rows) {
        int tp = 0, fp = 0, fn = 0, tn = 0, misplaced = 0;
        Map<String, String> storyOf = new HashMap<>();
        for (Row r : rows) {
            String group = group(r.name());
            if (group == null) {
                storyOf.putIfAbsent("seeds", r.storyId());
                continue;
            }
            if (kind(r.name()).equals("00")) {
                // a new story must not be swallowed by another one
                if (storyOf.containsValue(r.storyId())) misplaced++;
                storyOf.put(group, r.storyId());
                continue;
            }
            if (!r.storyId().equals(storyOf.get(group))) misplaced++;
            boolean dev = r.alert() == AlertType.DEVELOPMENT;
            boolean real = kind(r.name()).equals("dev");
            if (dev && real) tp++;
            else if (dev) fp++;
            else if (real) fn++;
            else tn++;
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double rc = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return String.format(Locale.ROOT, "precision %.2f (%d/%d), recall %.2f (%d/%d), rewrites silent %d/%d, "
                + "follow-ups in the wrong story %d", p, tp, tp + fp, rc, tp, tp + fn, tn, tn + fp, misplaced);
    }

    static String report(List<Row> rows, Path seeds) {
        long seedStories = rows.stream().filter(r -> group(r.name()) == null).map(Row::storyId).distinct().count();
        return "seeds: " + seedStories + " story; follow-ups: " + score(rows);
    }

    /** The follow-ups' rows (the seeds left out) of one {@link #kind}. */
    static List<Row> ofKind(List<Row> rows, String kind) {
        return rows.stream().filter(r -> group(r.name()) != null).filter(r -> kind(r.name()).equals(kind)).toList();
    }

    /** "dev", "rewrite" or "00" (a base) for a follow-up file ("01-seeds-dev-deal.txt", "12-tokyo-rewrite.txt"). */
    static String kind(String name) {
        String[] parts = name.replaceFirst("\\.txt$", "").split("-");
        return parts.length >= 3 ? parts[2] : "";
    }

    /**
     * Pairwise clustering of replayed seeds and follow-ups, each file's true story read from its name (the seeds'
     * story for a seed, else the second part: "31-plantfire-rewrite-neighbors.txt" belongs to "plantfire").
     */
    static ClusteringEvaluation.Scores clustering(List<Row> rows) {
        Map<String, String> gold = new java.util.LinkedHashMap<>();
        Map<String, String> predicted = new java.util.HashMap<>();
        for (Row r : rows) {
            String group = group(r.name());
            gold.put(r.name(), group == null ? "seeds" : group);
            predicted.put(r.name(), r.storyId());
        }
        return ClusteringEvaluation.score(gold, predicted);
    }

    /** "seeds", "tokyo", ... for a follow-up file ("01-seeds-dev-deal.txt"), null for a seed. */
    static String group(String name) {
        String[] parts = name.split("-");
        return parts.length >= 3 && parts[0].matches("\\d\\d") ? parts[1] : null;
    }
}
