package io.wirewatch.stream.story;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.serde.JsonSerde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Pairwise clustering precision / recall / F1 of {@link StoryEngine} on a labelled set (JSON lines:
 * {@code title}, {@code body}, {@code url}, {@code source}, {@code published}, {@code story}, optionally
 * gzipped). The whole set is replayed in publication order as one stream; the stories are split into
 * two halves by a hash of their label, the join threshold is chosen on the CALIBRATION half and the
 * figure to quote is the REPORT half at that threshold. Items are tagged by the entity tagger first, as
 * the enrich stage tags them before the story stage ({@code -Duntagged=true} leaves names untagged, for
 * comparison only).
 * Reproduce: see the package documentation ({@code package-info.java}).
 */
public final class ClusteringEvaluation {
    /** One labelled article. */
    public record Labelled(Article article, String story, long time) {
    }

    /** Pairwise scores over all pairs of articles in a subset. */
    public record Scores(long truePairs, long predictedPairs, long goldPairs) {
        public double precision() {
            return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        }

        public double recall() {
            return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (pairs: true %d, predicted %d, gold %d)",
                    precision(), recall(), f1(), truePairs, predictedPairs, goldPairs);
        }
    }

    /** The story.merge.min.ratio reported as the option for stricter events (best on the calibration half, 0-0.75). */
    static final double STRICT_MERGE_RATIO = 0.7;

    private ClusteringEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path path = Path.of(args.length > 0 ? args[0] : "stream/src/test/resources/story/uci-news-stories-dev.jsonl.gz");
        List<Labelled> set;
        try (InputStream in = Files.newInputStream(path)) {
            set = load(in, path.toString().endsWith(".gz"));
        }
        if (!Boolean.getBoolean("untagged")) set = tagged(set);
        System.out.printf(Locale.ROOT, "%s: %d articles, %d stories%n", path, set.size(),
                set.stream().map(Labelled::story).distinct().count());
        StorySettings defaults = StorySettings.defaults();
        // the set is headline-only: the short-item thresholds are the ones that apply
        double bestT = sweep(set, "short-join", 0.05, 0.35, 0.025,
                t -> defaults.withShortJoinThreshold(t).withMinTextSimilarity(Math.min(t, defaults.minTextSimilarity())));
        System.out.printf(Locale.ROOT, "best short-item join threshold on the calibration half: %.2f%n", bestT);
        double bestE = sweep(set, "embedding-join", 0.40, 0.70, 0.05,
                t -> defaults.withEmbeddingJoin(t, defaults.embeddingJoinLong()));
        System.out.printf(Locale.ROOT, "best embedding join threshold (headline-only items) on the calibration half: "
                + "%.2f%n", bestE);
        double bestV = sweep(set, "embedding-floor", 0.0, 0.5, 0.1, defaults::withShortEmbeddingMinSimilarity);
        System.out.printf(Locale.ROOT, "best embedding floor (headline-only items) on the calibration half: %.2f%n", bestV);
        // the quiet period in hours (joining a quiet story takes the default factor on the join threshold), then the
        // factor at the default period; AlertEvaluation prints what they cost stories that move slowly
        double bestQ = sweep(set, "quiet-hours", 12, 48, 6,
                h -> defaults.withQuiet((long) (h * 3_600_000L), defaults.quietJoinFactor()));
        System.out.printf(Locale.ROOT, "best quiet period on the calibration half: %.0f h%n", bestQ);
        double bestF = sweep(set, "quiet-factor", 1, 2, 0.25, f -> defaults.withQuiet(defaults.quietAfterMs(), f));
        System.out.printf(Locale.ROOT, "best quiet join factor on the calibration half: %.2f%n", bestF);
        Map<String, String> wordsOnly = cluster(set, defaults.withEmbeddings(false));
        System.out.printf(Locale.ROOT, "without embeddings (story.embeddings=false):%n  calibration half %s%n"
                        + "  report half      %s%n", half(set, wordsOnly, ClusteringEvaluation::calibration),
                half(set, wordsOnly, l -> !calibration(l)));
        Map<String, String> atDefaults = cluster(set, defaults);
        System.out.printf(Locale.ROOT, "defaults (join %.2f, short-item join %.3f, min words %.2f, min shared terms %d,"
                        + " short item %d, embedding join %.2f / long %.2f, embedding floor %.2f / short %.2f,"
                        + " quiet after %d h, quiet join factor %.2f):%n"
                        + "  calibration half %s%n  report half      %s%n  all              %s%n",
                defaults.joinThreshold(), defaults.shortJoinThreshold(), defaults.minTextSimilarity(),
                defaults.minSharedTerms(), defaults.shortMinSharedTerms(), defaults.embeddingJoin(),
                defaults.embeddingJoinLong(), defaults.embeddingMinSimilarity(), defaults.shortEmbeddingMinSimilarity(),
                defaults.quietAfterMs() / 3_600_000L, defaults.quietJoinFactor(),
                half(set, atDefaults, ClusteringEvaluation::calibration),
                half(set, atDefaults, l -> !calibration(l)), score(set, atDefaults, l -> true));
        System.out.printf(Locale.ROOT, "  predicted stories: %d%n", atDefaults.values().stream().distinct().count());
        // an option for stricter events: an article merges only the stories it matches nearly as well as the best
        Map<String, String> strictMerges = cluster(set, defaults.withMergeMinRatio(STRICT_MERGE_RATIO));
        System.out.printf(Locale.ROOT, "story.merge.min.ratio %.1f:%n  calibration half %s%n  report half      %s%n"
                        + "  all              %s%n", STRICT_MERGE_RATIO, half(set, strictMerges, ClusteringEvaluation::calibration),
                half(set, strictMerges, l -> !calibration(l)), score(set, strictMerges, l -> true));
        // how many bridging articles two loosely matched stories need before they merge (story.merge.bridges)
        for (int bridges : new int[] {1, 3}) {
            Map<String, String> c = cluster(set, defaults.withMergeBridges(bridges));
            System.out.printf(Locale.ROOT, "story.merge.bridges %d (default %d):%n  calibration half %s%n"
                            + "  report half      %s%n  all              %s%n", bridges, defaults.mergeBridges(),
                    half(set, c, ClusteringEvaluation::calibration), half(set, c, l -> !calibration(l)),
                    score(set, c, l -> true));
        }
        Path eventLabels = path.resolveSibling(EVENT_LABELS);
        if (Files.exists(eventLabels)) {
            // the same clusterings, scored against strict event labels (halves as above: by the aggregator's story)
            Map<String, String> events;
            try (InputStream in = Files.newInputStream(eventLabels)) {
                events = readEventLabels(in);
            }
            List<Labelled> byEvent = relabelled(set, events);
            Set<String> calibrationIds = calibrationIds(set);
            System.out.printf(Locale.ROOT, "against event labels (%s, %d events; made blind, see SOURCE.md), halves as above:%n",
                    eventLabels.getFileName(), byEvent.stream().map(Labelled::story).distinct().count());
            Map<String, Map<String, String>> clusterings = new LinkedHashMap<>();
            clusterings.put("defaults", atDefaults);
            clusterings.put("without embeddings", wordsOnly);
            clusterings.put(String.format(Locale.ROOT, "story.merge.min.ratio %.1f", STRICT_MERGE_RATIO), strictMerges);
            clusterings.forEach((name, predicted) -> System.out.printf(Locale.ROOT,
                    "  %s:%n    calibration half %s%n    report half      %s%n    all              %s%n", name,
                    half(byEvent, predicted, l -> calibrationIds.contains(l.article().articleId())),
                    half(byEvent, predicted, l -> !calibrationIds.contains(l.article().articleId())),
                    score(byEvent, predicted, l -> true)));
            // how far apart the two labellings themselves are: a ceiling for any clustering scored against either
            System.out.printf(Locale.ROOT, "  the event labels scored as a clustering against the aggregator's: %s%n",
                    score(set, labels(byEvent), l -> true));
            System.out.printf(Locale.ROOT, "  defaults, only the pairs both labellings agree on (same story and same "
                    + "event, or neither): %s%n", undisputed(set, byEvent, atDefaults));
        }
        // other periods of the same data set: each third of the time span replayed on its own, as a fresh pipeline
        System.out.println("by period (each third of the time span replayed on its own), defaults:");
        long first = set.get(0).time(), span = set.get(set.size() - 1).time() - first + 1;
        for (int third = 0; third < 3; third++) {
            long from = first + span * third / 3, to = first + span * (third + 1) / 3;
            List<Labelled> period = set.stream().filter(l -> l.time() >= from && l.time() < to).toList();
            System.out.printf(Locale.ROOT, "  %s .. %s: %d articles, %d stories, %s%n", Instant.ofEpochMilli(from),
                    Instant.ofEpochMilli(to), period.size(), period.stream().map(Labelled::story).distinct().count(),
                    score(period, cluster(period, defaults), l -> true));
        }
        // what the method a user would otherwise reach for scores on the same set, favoured as it is
        if (defaults.embeddings()) BatchClusteringReference.report(set, defaults);
        // throughput of the single story task: the engine with state values serialised as in the stores
        // (RocksDB and changelog writes come on top); articles of the AlertEvaluation kind are longer than
        // headlines, so both are measured
        System.out.printf(Locale.ROOT, "engine throughput, 1 thread, headlines: in-memory state %.0f articles/s, "
                + "serialised state %.0f articles/s, serialised behind the task's caches %.0f articles/s%n",
                throughput(set, StoryState::inMemory), throughput(set, StoryState::serialized),
                throughput(set, () -> StoryState.serialized().cached()));
        System.out.println("  headlines: " + halves(set));
        System.out.printf(Locale.ROOT, "embedding, 1 thread (story stage input side, parallel over partitions): "
                + "headlines %.1f ms per article%n", embeddingMs(set));
        if (args.length > 1) {
            List<Labelled> longer = longArticles(Path.of(args[1]), set);
            System.out.printf(Locale.ROOT, "engine throughput, 1 thread, full articles (%s, bodies cycled over the "
                    + "UCI order): serialised state %.0f articles/s, behind the caches %.0f articles/s%n", args[1],
                    throughput(longer, StoryState::serialized), throughput(longer, () -> StoryState.serialized().cached()));
            System.out.println("  full articles: " + halves(longer));
            System.out.printf(Locale.ROOT, "embedding, 1 thread: full articles %.1f ms per article%n", embeddingMs(longer));
        }
    }

    /**
     * Articles per second of each half on its own, serialised state behind the tasks' caches: the assign
     * step runs on one partition (its figure is the story stage's ceiling), the develop step on every
     * partition of story-by-id (its figure is per partition).
     */
    private static String halves(List<Labelled> set) {
        StorySettings settings = StorySettings.defaults();
        int rounds = 3;
        long assign = 0, develop = 0;
        for (int i = 0; i < rounds; i++) {
            StoryState state = StoryState.serialized().cached();
            StoryAssigner assigner = new StoryAssigner(state, settings, BackgroundFrequencies.shipped());
            StoryDeveloper developer = new StoryDeveloper(state, settings);
            for (Labelled l : set) {
                String embedding = embedding(l.article(), settings); // computed upstream in the topology
                long t0 = System.nanoTime();
                String action = action(l.article(), settings);
                StoryAssigner.Assignment a = assigner.assign(l.article(), embedding, action, l.time());
                long t1 = System.nanoTime();
                developer.develop(l.article(), a, l.time());
                long t2 = System.nanoTime();
                if (i > 0) { // the first round warms up the JIT
                    assign += t1 - t0;
                    develop += t2 - t1;
                }
            }
        }
        double n = (rounds - 1.0) * set.size();
        return String.format(Locale.ROOT, "assign step (one partition) %.0f articles/s, develop step %.0f articles/s"
                + " per partition", n / (assign / 1e9), n / (develop / 1e9));
    }

    private static double throughput(List<Labelled> set, java.util.function.Supplier<StoryState> state) {
        StorySettings settings = StorySettings.defaults();
        new StoryEngine(state.get(), settings); // warm the background prior
        int rounds = 3;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            StoryEngine engine = new StoryEngine(state.get(), settings);
            // embeddings are computed on the story stage's input side, in parallel, not by the story tasks
            for (Labelled l : set) {
                engine.onArticle(l.article(), embedding(l.article(), settings), action(l.article(), settings), l.time());
            }
        }
        return rounds * set.size() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Full article bodies, in the UCI set's order and times: from a JSON object of pages with an
     * {@code articleBody} (the scrapinghub benchmark's ground-truth.json); the first sentence serves as title.
     */
    private static List<Labelled> longArticles(Path json, List<Labelled> set) throws IOException {
        List<String[]> texts = new ArrayList<>();
        for (JsonNode page : JsonSerde.MAPPER.readTree(Files.readAllBytes(json))) {
            String body = page.path("articleBody").asText("");
            List<String> sentences = TextFeatures.sentences(body);
            if (sentences.size() < 3) continue;
            texts.add(new String[]{sentences.get(0), body});
        }
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < set.size() && !texts.isEmpty(); i++) {
            Labelled l = set.get(i);
            String[] t = texts.get(i % texts.size());
            Article a = l.article();
            String body = TextNormalizer.normalise(t[1]);
            if (body.isBlank()) continue;
            out.add(new Labelled(new Article(a.articleId(), a.input(), a.source(), a.url(), a.canonicalUrl(),
                    a.fetchedAt(), a.publishedAt(), null, TextNormalizer.normalise(t[0]), body, null, "en", null,
                    TextNormalizer.fingerprint(body), 1, List.of(), List.of(), null), l.story(), l.time()));
        }
        return out;
    }

    /**
     * Strict event labels of the UCI set, beside it: the aggregator's stories are sometimes a whole subject for a
     * week (every MERS headline) or hold a few unrelated items; these split them into the issue's events, made blind
     * by reading the headlines only (see {@code SOURCE.md} and {@code uci-news-events-notes.md}).
     */
    public static final String EVENT_LABELS = "uci-news-events.tsv";

    /** Event labels: {@code file<TAB>story<TAB>event[<TAB>notes]} lines, {@code #} comments; returns file → event. */
    public static Map<String, String> readEventLabels(InputStream in) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3 || f[2].isBlank()) throw new IOException("bad event label line: " + line);
                if (out.put(f[0], f[2]) != null) throw new IOException("file labelled twice: " + f[0]);
            }
        }
        return out;
    }

    /** The same articles, times and order, each labelled with its event (by its input file name). */
    public static List<Labelled> relabelled(List<Labelled> set, Map<String, String> events) {
        List<Labelled> out = new ArrayList<>(set.size());
        for (Labelled l : set) {
            String event = events.get(l.article().input());
            if (event == null) throw new IllegalArgumentException("no event label for " + l.article().input());
            out.add(new Labelled(l.article(), event, l.time()));
        }
        return out;
    }

    /**
     * Pairwise scores over the pairs two labellings of the same articles agree on: both put the pair in one story,
     * or neither does. Pairs one labelling joins and the other splits (a subject the aggregator groups, an event
     * the labeller kept apart) are left out, so what remains is the clustering's errors on pairs whose answer is
     * not a matter of definition. {@code first} and {@code second} hold the same articles.
     */
    public static Scores undisputed(List<Labelled> first, List<Labelled> second, Map<String, String> predicted) {
        Map<String, String> other = labels(second);
        Map<String, Long> both = new HashMap<>(), p = new HashMap<>(), pFirst = new HashMap<>(), pSecond = new HashMap<>(),
                pBoth = new HashMap<>();
        for (Labelled l : first) {
            String id = l.article().articleId(), a = l.story(), b = other.get(id), story = predicted.get(id);
            if (b == null) throw new IllegalArgumentException("not in the second labelling: " + id);
            both.merge(a + "\u0000" + b, 1L, Long::sum);
            p.merge(story, 1L, Long::sum);
            pFirst.merge(story + "\u0000" + a, 1L, Long::sum);
            pSecond.merge(story + "\u0000" + b, 1L, Long::sum);
            pBoth.merge(story + "\u0000" + a + "\u0000" + b, 1L, Long::sum);
        }
        long truePairs = pairs(pBoth);
        // joined by the clustering, apart in both labellings (inclusion-exclusion over the pairs it joins)
        long falsePairs = pairs(p) - pairs(pFirst) - pairs(pSecond) + truePairs;
        return new Scores(truePairs, truePairs + falsePairs, pairs(both));
    }

    /** Article id → label: a labelling used as a clustering. */
    static Map<String, String> labels(List<Labelled> set) {
        Map<String, String> out = new HashMap<>();
        for (Labelled l : set) out.put(l.article().articleId(), l.story());
        return out;
    }

    /** Ids of the articles in the calibration half, by their (aggregator) story: to score other labels on the same halves. */
    public static Set<String> calibrationIds(List<Labelled> set) {
        Set<String> out = new HashSet<>();
        for (Labelled l : set) if (calibration(l)) out.add(l.article().articleId());
        return out;
    }

    /** The stories whose label hashes even form the calibration half. */
    public static boolean calibration(Labelled l) {
        return (Ids.shortId("half", l.story()).charAt(15) & 1) == 0;
    }

    /**
     * Replays the set in time order through a fresh engine; returns article id → the story it ended up in:
     * its story id, or where a merge took that story ({@code mergedInto} on {@code wirewatch.stories}).
     */
    public static Map<String, String> cluster(List<Labelled> set, StorySettings settings) {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), settings);
        Map<String, String> out = new HashMap<>();
        for (Labelled l : set) {
            out.put(l.article().articleId(),
                    engine.onArticle(l.article(), embedding(l.article(), settings), action(l.article(), settings),
                            l.time()).article().storyId());
        }
        out.replaceAll((article, story) -> engine.resolve(story));
        return out;
    }

    /** Prints both halves' scores for each threshold; returns the one best on the calibration half. */
    private static double sweep(List<Labelled> set, String name, double from, double to, double step,
                                java.util.function.DoubleFunction<StorySettings> settings) {
        System.out.printf(Locale.ROOT, "%-15s calibration-half               report-half%n", name);
        double bestF1 = -1, best = from;
        for (int i = 0; from + i * step <= to + 1e-9; i++) {
            double t = from + i * step;
            Map<String, String> predicted = cluster(set, settings.apply(t));
            Scores cal = half(set, predicted, ClusteringEvaluation::calibration);
            Scores rep = half(set, predicted, l -> !calibration(l));
            System.out.printf(Locale.ROOT, "%.3f           P=%.3f R=%.3f F1=%.3f    P=%.3f R=%.3f F1=%.3f%n", t,
                    cal.precision(), cal.recall(), cal.f1(), rep.precision(), rep.recall(), rep.f1());
            if (cal.f1() > bestF1) {
                bestF1 = cal.f1();
                best = t;
            }
        }
        return best;
    }

    /** Embeddings already computed, by article: a sweep replays the same set many times. */
    private static final Map<Article, String> EMBEDDINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The article's embedding as the topology computes it, or null when the settings turn embeddings off. */
    static String embedding(Article a, StorySettings settings) {
        if (!settings.embeddings()) return null;
        String e = EMBEDDINGS.computeIfAbsent(a, x -> java.util.Objects.requireNonNullElse(StoryEmbedder.shared().embedOrNull(x), ""));
        return e.isEmpty() ? null : e;
    }

    /** Masked embeddings already computed, by article (see {@link #EMBEDDINGS}); "" for none. */
    private static final Map<Article, String> ACTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The article's masked embedding as the topology computes it, or null (see {@link StoryEmbedder#actionOrNull}). */
    static String action(Article a, StorySettings settings) {
        if (!settings.actionFloor() || !StoryEmbedder.reads(a)) return null;
        String e = ACTIONS.computeIfAbsent(a, x -> java.util.Objects.requireNonNullElse(StoryEmbedder.shared().actionOrNull(x), ""));
        return e.isEmpty() ? null : e;
    }

    /** Milliseconds per article to embed these (one thread), measured on a sample of at most 300. */
    static double embeddingMs(List<Labelled> set) {
        StoryEmbedder e = StoryEmbedder.shared();
        List<Labelled> sample = set.subList(0, Math.min(300, set.size()));
        for (int i = 0; i < Math.min(20, sample.size()); i++) e.embed(sample.get(i).article()); // warm-up
        long t0 = System.nanoTime();
        for (Labelled l : sample) {
            e.embed(l.article());
            // the masked title and lead too, as the topology embeds it for an article with a lead
            if (!StoryAssigner.shortItem(StoryAssigner.vector(l.article()))) e.actionOrNull(l.article());
        }
        return (System.nanoTime() - t0) / 1e6 / sample.size();
    }

    /**
     * Pairwise scores of one half of a set: every pair with at least one article in the half ({@code half}), so a
     * false join between an article of this half and one of the other counts against it. (Scoring only the pairs
     * inside a half, as the halves were scored before, left such a join invisible to both halves: a rule that
     * pulled a headline into another half's story looked free.) Gold pairs never cross the halves, which split the
     * set by story.
     */
    public static Scores half(List<Labelled> set, Map<String, String> predicted, Predicate<Labelled> half) {
        Scores all = score(set, predicted, l -> true);
        Scores rest = score(set, predicted, half.negate());
        return new Scores(all.truePairs() - rest.truePairs(), all.predictedPairs() - rest.predictedPairs(),
                all.goldPairs() - rest.goldPairs());
    }

    /** Pairwise scores over the articles accepted by the filter. */
    public static Scores score(List<Labelled> set, Map<String, String> predicted, Predicate<Labelled> filter) {
        Map<String, String> gold = new LinkedHashMap<>();
        for (Labelled l : set) if (filter.test(l)) gold.put(l.article().articleId(), l.story());
        return score(gold, predicted);
    }

    /** Pairwise scores of the items of {@code gold} (item → true story); {@code predicted}: item → story given. */
    public static Scores score(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Long> golds = new HashMap<>(), pred = new HashMap<>(), both = new HashMap<>();
        gold.forEach((item, story) -> {
            String p = predicted.get(item);
            golds.merge(story, 1L, Long::sum);
            pred.merge(p, 1L, Long::sum);
            both.merge(story + "\u0000" + p, 1L, Long::sum);
        });
        return new Scores(pairs(both), pairs(pred), pairs(golds));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    /** Reads the labelled JSON lines, sorted by publication time then input order. */
    public static List<Labelled> load(InputStream in, boolean gzip) throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in,
                StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode j = JsonSerde.MAPPER.readTree(line);
                String title = TextNormalizer.normalise(j.path("title").asText(""));
                String body = TextNormalizer.normalise(j.path("body").asText(title));
                String url = j.path("url").asText(null);
                Instant published = Instant.parse(j.path("published").asText());
                String input = j.path("file").asText("line-" + (++n));
                String id = Ids.shortId("labelled", input);
                Article a = new Article(id, input, j.path("source").asText(""), url, Ids.canonicalUrl(url), published,
                        published, null, title, body, null, "en", null, TextNormalizer.fingerprint(body), 1,
                        List.of(), List.of(), null);
                out.add(new Labelled(a, j.path("story").asText(), published.toEpochMilli()));
            }
        }
        out.sort(Comparator.comparingLong(Labelled::time));
        return out;
    }

    /**
     * The set with entities tagged as the enrich stage tags them before the story stage sees an article:
     * the clustering gates treat names differently from other words, so scoring untagged items would
     * measure a pipeline that does not exist.
     */
    public static List<Labelled> tagged(List<Labelled> set) {
        io.wirewatch.stream.tag.RuleBasedEntityTagger tagger = new io.wirewatch.stream.tag.RuleBasedEntityTagger();
        List<Labelled> out = new ArrayList<>(set.size());
        for (Labelled l : set) {
            Article a = l.article();
            List<io.wirewatch.common.model.Entity> entities = tagger.tag(a.title(), a.body());
            if (entities.size() > 40) entities = entities.subList(0, 40);
            out.add(new Labelled(a.withEntitiesAndTopics(entities, a.topics()), l.story(), l.time()));
        }
        return out;
    }
}
