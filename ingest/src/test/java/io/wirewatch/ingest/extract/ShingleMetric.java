package io.wirewatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's metric (its evaluate.py), ported: per page, multisets of 4-token
 * shingles of {@code \w+} tokens (Unicode, case-sensitive); tp/fp/fn over shingle counts normalised
 * per page; P and R averaged over pages; F1 from the mean P and mean R. Accuracy is the share of pages
 * whose token list equals the ground truth's.
 */
final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double sumP;
    private double sumR;
    private int pages;
    private int exact;

    /** Per-page precision and recall. */
    record PageScore(double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            String s = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!s.isEmpty()) out.merge(s, 1, Integer::sum);
        }
        return out;
    }

    static PageScore score(String truth, String predicted) {
        Map<String, Integer> t = shingles(tokens(truth));
        Map<String, Integer> p = shingles(tokens(predicted));
        double tp = 0, fp = 0, fn = 0;
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        // Normalising tp/fp/fn per page does not change the ratios below; the edge cases match evaluate.py.
        double precision = fp == 0 && fn == 0 ? 1 : (tp + fp == 0 ? 0 : tp / (tp + fp));
        double recall = fp == 0 && fn == 0 ? 1 : (tp + fn == 0 ? 0 : tp / (tp + fn));
        return new PageScore(precision, recall);
    }

    PageScore add(String truth, String predicted) {
        PageScore s = score(truth, predicted);
        sumP += s.precision();
        sumR += s.recall();
        pages++;
        if (tokens(truth).equals(tokens(predicted))) exact++;
        return s;
    }

    double precision() {
        return pages == 0 ? 0 : sumP / pages;
    }

    double recall() {
        return pages == 0 ? 0 : sumR / pages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    int pages() {
        return pages;
    }
}
