package io.wirewatch.stream.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread cost of tagging (entities, IPTC topics, both) per article, so "per core" figures are direct.
 * Cost is measured as this thread's CPU time (ThreadMXBean), which stays meaningful on a shared, loaded
 * machine; wall-clock time is printed beside it.
 * Usage: {@code TaggingBenchmark [DIR_OR_FILE...] [--seconds N]}; default: the {@code seeds} folder.
 * Each text is tagged as a body with an empty title, round-robin, after a warm-up of the same length.
 */
public final class TaggingBenchmark {
    private TaggingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        double seconds = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) seconds = Double.parseDouble(args[++i]);
            else inputs.add(Path.of(args[i]));
        }
        if (inputs.isEmpty()) inputs.add(Path.of("seeds"));
        List<String> texts = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            } else {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) throw new IllegalArgumentException("no texts under " + inputs);
        long tokens = 0;
        for (String t : texts) tokens += Tokenizer.tokenize(t, 0, true).stream().filter(x -> x.isWord()).count();
        double meanWords = (double) tokens / texts.size();

        long loadStart = System.nanoTime();
        EntityTagger tagger = new RuleBasedEntityTagger();
        TopicClassifier topics = new TopicClassifier();
        tagger.tag("", texts.get(0));
        System.out.printf(Locale.ROOT, "lexicons and IPTC model loaded in %.0f ms; %d texts, %.0f words each on average%n",
                (System.nanoTime() - loadStart) / 1e6, texts.size(), meanWords);

        report("entities", seconds, meanWords, texts, t -> tagger.tag("", t).size());
        report("topics", seconds, meanWords, texts, t -> topics.classify("", t).size());
        report("entities+topics", seconds, meanWords, texts, t -> tagger.tag("", t).size() + topics.classify("", t).size());
    }

    private interface Work {
        int run(String text);
    }

    private static void report(String what, double seconds, double meanWords, List<String> texts, Work work) {
        long sink = 0;
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < warmUntil) sink += work.run(texts.get(i++ % texts.size()));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long n = 0;
        long start = System.nanoTime();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long until = start + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            sink += work.run(texts.get(i++ % texts.size()));
            n++;
        }
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
        double wallMs = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf(Locale.ROOT, "%-16s CPU %7.3f ms/article = %6.0f articles/s per core; %.3f ms per 750 words"
                        + " (wall %.3f ms/article, n=%d, sink %d)%n",
                what, cpuMs, 1000 / cpuMs, cpuMs * 750 / meanWords, wallMs, n, sink % 10);
    }
}
