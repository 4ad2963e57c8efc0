package io.wirewatch.stream.dedup;

import io.wirewatch.stream.dedup.LabelledSet.Item;
import io.wirewatch.stream.dedup.LabelledSet.Kind;
import io.wirewatch.stream.dedup.LabelledSet.Split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of near-duplicate decisions on the {@link LabelledSet}, and the exact
 * similarity figures behind the threshold. Run:
 * <pre>
 * mvn -B -q -o -pl stream -am test-compile
 * mvn -B -q -o -pl stream exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.wirewatch.stream.dedup.DedupQualityEvaluation
 * </pre>
 */
public final class DedupQualityEvaluation {
    static final long SEED = 20260627L;

    /** Decision counts; a duplicate decision naming the wrong original is counted in {@code wrongOriginal}. */
    record Report(int tp, int fp, int fn, int tn, int wrongOriginal, Map<Kind, int[]> perKind, List<String> errors) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    private DedupQualityEvaluation() {
    }

    static Report evaluate(List<Item> items, NearDupConfig config) {
        NearDupSimulator sim = new NearDupSimulator(config);
        int tp = 0, fp = 0, fn = 0, tn = 0, wrong = 0;
        Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
        List<String> errors = new ArrayList<>();
        for (Item item : items) {
            NearDupSimulator.Decision d = sim.offer(item.id(), item.body(), item.time());
            int[] k = perKind.computeIfAbsent(item.kind(), x -> new int[2]);
            k[d.duplicate() ? 1 : 0]++;
            if (item.kind().duplicate) {
                if (d.duplicate()) {
                    tp++;
                    if (!d.duplicateOf().equals(item.originalId())) wrong++;
                } else {
                    fn++;
                    errors.add("missed " + item.id());
                }
            } else if (d.duplicate()) {
                fp++;
                errors.add(String.format(Locale.ROOT, "false duplicate %s of %s (containment %.2f, jaccard %.2f)",
                        item.id(), d.duplicateOf(), d.similarity(), d.jaccard()));
            } else {
                tn++;
            }
        }
        return new Report(tp, fp, fn, tn, wrong, perKind, errors);
    }

    static Report evaluate(Split split, NearDupConfig config) {
        return evaluate(LabelledSet.build(split, SEED), config);
    }

    /** Arguments: optional {@code key=value} settings (e.g. {@code neardup.bands=10}) on top of the defaults. */
    public static void main(String[] args) {
        Map<String, String> settings = new java.util.HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) settings.put(a.substring(0, eq), a.substring(eq + 1));
        }
        NearDupConfig defaults = new NearDupConfig(settings);
        for (Split split : Split.values()) {
            List<Item> items = LabelledSet.build(split, SEED);
            System.out.printf(Locale.ROOT, "%n== %s split: %d items %s%n", split, items.size(), LabelledSet.counts(items));
            printExact(items, defaults.shingleSize());
            Report r = evaluate(items, defaults);
            print("default (threshold " + defaults.threshold() + ", " + defaults.bands() + " bands x "
                    + defaults.rows() + " rows)", r);
            r.errors().forEach(e -> System.out.println("   " + e));
            System.out.println("threshold sweep (precision / recall):");
            for (double t : new double[]{0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}) {
                Map<String, String> swept = new java.util.HashMap<>(settings);
                swept.put(NearDupConfig.THRESHOLD, String.valueOf(t));
                Report s = evaluate(items, new NearDupConfig(swept));
                System.out.printf(Locale.ROOT, "  %.2f  P %.4f  R %.4f%n", t, s.precision(), s.recall());
            }
        }
    }

    static void print(String label, Report r) {
        System.out.printf(Locale.ROOT, "%s: precision %.4f recall %.4f (tp %d fp %d fn %d tn %d, wrong original %d)%n",
                label, r.precision(), r.recall(), r.tp(), r.fp(), r.fn(), r.tn(), r.wrongOriginal());
        r.perKind().forEach((k, v) -> System.out.printf(Locale.ROOT, "   %-28s accepted %4d  duplicate %4d%n",
                k, v[0], v[1]));
    }

    /**
     * Exact 5-word-shingle Jaccard and containment (share of the copy's shingles found in the other),
     * for copies against their original and for non-copies against the most similar earlier item.
     */
    static void printExact(List<Item> items, int shingleSize) {
        Shingler shingler = new Shingler(shingleSize);
        Map<String, long[]> sets = new HashMap<>();
        Map<Kind, List<double[]>> byKind = new EnumMap<>(Kind.class);
        List<long[]> earlier = new ArrayList<>();
        for (Item item : items) {
            long[] s = shingler.shingles(item.body());
            double[] jc;
            if (item.kind().duplicate) {
                jc = exact(s, sets.get(item.originalId()));
            } else {
                jc = new double[]{0, 0};
                for (long[] e : earlier) {
                    double[] x = exact(s, e);
                    if (x[1] > jc[1]) jc = x;
                }
            }
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(jc);
            sets.put(item.id(), s);
            earlier.add(s);
        }
        System.out.println("exact similarity (jaccard min/median/max | containment min/median/max):");
        byKind.forEach((k, list) -> {
            double[] j = list.stream().mapToDouble(x -> x[0]).sorted().toArray();
            double[] c = list.stream().mapToDouble(x -> x[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "   %-28s J %.3f/%.3f/%.3f | C %.3f/%.3f/%.3f%n", k,
                    j[0], j[j.length / 2], j[j.length - 1], c[0], c[c.length / 2], c[c.length - 1]);
        });
    }

    /** {Jaccard, containment of a in b} of two sorted distinct arrays. */
    static double[] exact(long[] a, long[] b) {
        int i = 0, j = 0, both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return new double[]{union == 0 ? 0 : (double) both / union, a.length == 0 ? 0 : (double) both / a.length};
    }

    static String fmt(double[] xs) {
        return Arrays.toString(xs);
    }
}
