package io.wirewatch.ingest.extract;

import net.dankito.readability4j.Readability4J;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the article-extraction-benchmark metric over a dataset directory for Wirewatch's extractor and,
 * as the reference a user would otherwise add, Readability4J; prints P/R/F1/accuracy on all pages and on
 * the even-/odd-index halves (pages sorted by id; the heuristics were tuned looking almost only at even-index
 * pages, so the odd half is a rough hold-out), and single-thread pages per CPU-second (decoding + parsing +
 * metadata + body + language detection for ours; files preloaded and gunzipped).
 *
 * <p>Usage: {@code ExtractionBenchmark DATASET_DIR [--worst N] [--show ID_PREFIX]}: {@code --worst} lists
 * the N pages where ours scores lowest, {@code --show} prints ours and the truth for one page.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "ingest/src/test/resources/extraction");
        int worst = 0;
        String show = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--worst")) worst = Integer.parseInt(args[++i]);
            else if (args[i].equals("--show")) show = args[++i];
        }
        List<BenchmarkData> pages = BenchmarkData.load(dir);
        JsoupArticleExtractor ours = new JsoupArticleExtractor();
        if (show != null) {
            for (BenchmarkData p : pages) {
                if (!p.id().startsWith(show)) continue;
                ExtractedArticle a = ours.extract(p.html(), null, p.url());
                System.out.println(a.articleBody());
                System.out.println("=========== TRUTH " + ShingleMetric.score(p.truth(), a.articleBody()));
                System.out.println(p.truth());
                System.out.println("=========== META " + a.withBody("..."));
            }
            return;
        }
        Map<String, Function<BenchmarkData, String>> extractors = new LinkedHashMap<>();
        extractors.put("wirewatch", p -> ours.extract(p.html(), null, p.url()).articleBody());
        extractors.put("readability4j", p -> new Readability4J(p.url(),
                new String(p.html(), StandardCharsets.UTF_8)).parse().getTextContent());

        System.out.printf(Locale.ROOT, "%d pages from %s%n", pages.size(), dir);
        System.out.printf(Locale.ROOT, "%-14s %-5s %7s %7s %7s %9s %12s%n", "extractor", "half", "F1", "P", "R",
                "accuracy", "pages/s/core");
        for (Map.Entry<String, Function<BenchmarkData, String>> e : extractors.entrySet()) {
            Function<BenchmarkData, String> f = e.getValue();
            ShingleMetric all = new ShingleMetric();
            ShingleMetric even = new ShingleMetric();
            ShingleMetric odd = new ShingleMetric();
            List<String[]> perPage = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                BenchmarkData p = pages.get(i);
                String predicted = safe(f, p);
                ShingleMetric.PageScore s = all.add(p.truth(), predicted);
                (i % 2 == 0 ? even : odd).add(p.truth(), predicted);
                perPage.add(new String[]{String.format(Locale.ROOT, "%.3f", s.f1()),
                        String.format(Locale.ROOT, "P=%.3f R=%.3f", s.precision(), s.recall()),
                        (i % 2 == 0 ? "even " : "odd  ") + p.id().substring(0, 12), p.url()});
            }
            double pagesPerSecond = throughput(f, pages);
            print(e.getKey(), "all", all, pagesPerSecond);
            print(e.getKey(), "even", even, Double.NaN);
            print(e.getKey(), "odd", odd, Double.NaN);
            if (worst > 0 && e.getKey().equals("wirewatch")) {
                perPage.sort(Comparator.comparing(a -> a[0]));
                for (int i = 0; i < Math.min(worst, perPage.size()); i++) System.out.println("  " + String.join("  ", perPage.get(i)));
            }
        }
    }

    private static String safe(Function<BenchmarkData, String> f, BenchmarkData p) {
        try {
            String s = f.apply(p);
            return s == null ? "" : s;
        } catch (RuntimeException ex) {
            return "";
        }
    }

    /**
     * Single thread: one warm-up pass, then timed passes for at least ~3 s of CPU. Measured as pages
     * per CPU-second of this thread, i.e. pages/s per core, so a busy shared machine does not skew it.
     */
    private static double throughput(Function<BenchmarkData, String> f, List<BenchmarkData> pages) {
        for (BenchmarkData p : pages) safe(f, p);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        int done = 0;
        do {
            for (BenchmarkData p : pages) {
                safe(f, p);
                done++;
            }
        } while (mx.getCurrentThreadCpuTime() - start < 3_000_000_000L);
        return done / ((mx.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private static void print(String name, String half, ShingleMetric m, double pagesPerSecond) {
        System.out.printf(Locale.ROOT, "%-14s %-5s %7.4f %7.4f %7.4f %9.3f %12s%n", name, half, m.f1(), m.precision(),
                m.recall(), m.accuracy(), Double.isNaN(pagesPerSecond) ? "" : String.format(Locale.ROOT, "%.0f", pagesPerSecond));
    }
}
