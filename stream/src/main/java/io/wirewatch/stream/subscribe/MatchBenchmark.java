package io.wirewatch.stream.subscribe;

import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.model.TopicTag;
import io.wirewatch.common.query.MatchView;
import io.wirewatch.common.query.Matchable;
import io.wirewatch.common.query.SubscriptionIndex;
import io.wirewatch.common.query.Text;
import io.wirewatch.common.query.TopicHierarchy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Alerts matched per second against 10, 1,000 and 10,000 subscriptions, with the index and (for
 * comparison) by evaluating every query. Alerts are built from real article text (a directory of
 * {@code .txt} files, the repository's {@code seeds/} by default, or a JSON file of {@code articleBody}
 * values); queries are generated from the same
 * vocabulary, entities and topics with a fixed seed, in the shapes people write (entity, entity AND NOT
 * topic, phrases, word combinations, OR groups with lang:, topic AND word, a few NOT-only ones).
 * <pre>
 * mvn -B -q -o -pl stream -am compile dependency:build-classpath -Dmdep.outputFile=target/runtime.cp -Dmdep.includeScope=runtime
 * java -cp stream/target/classes:$(cat stream/target/runtime.cp) io.wirewatch.stream.subscribe.MatchBenchmark \
 *      [seeds | articles-dir | ground-truth.json] [iptc.tsv]
 * </pre>
 */
public final class MatchBenchmark {
    private static final Pattern CAPITALISED = Pattern.compile("\\b(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2})\\b");
    private static final String[] SOURCES = {"reuters", "bbc.co.uk", "apnews.com", "techcrunch", "ft.com",
            "theguardian.com", "nytimes.com", "bloomberg"};
    private static final long MIN_NANOS = 1_000_000_000L;

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "seeds");
        List<String> documents = documents(input);
        if (documents.isEmpty()) throw new IllegalArgumentException("no article text found in " + input.toAbsolutePath());
        Random r = new Random(20260301);
        TopicHierarchy hierarchy;
        List<String> topicCodes;
        if (args.length > 1) {
            hierarchy = TopicHierarchy.fromTsv(Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8));
            topicCodes = Files.readAllLines(Path.of(args[1])).stream().skip(1).map(l -> l.split("\t")[0])
                    .filter(c -> c.startsWith("medtop:")).toList();
        } else {
            SyntheticTree tree = new SyntheticTree(r);
            hierarchy = tree;
            topicCodes = tree.codes;
        }

        List<Matchable> alerts = alerts(documents, topicCodes, hierarchy, r);
        Vocabulary vocab = new Vocabulary(alerts);
        List<MatchView> views = alerts.stream().map(a -> MatchView.of(a, hierarchy)).toList();
        System.out.printf(Locale.ROOT, "corpus: %d articles from %s (mean %.0f chars); vocabulary %d words, %d entities,"
                        + " %d topics; %d cores, load average %.1f%n", alerts.size(), input,
                alerts.stream().mapToInt(a -> a.body().length()).average().orElse(0), vocab.words.size(),
                vocab.entities.size(), topicCodes.size(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("Rates are per second of this thread's CPU time (the machine may be shared); wall-clock in brackets.");

        Clock c = new Clock();
        while (c.cpuNanos() < 2 * MIN_NANOS) { // warm-up: let the JIT compile the tokenizer before timing it
            for (Matchable a : alerts) MatchView.of(a, hierarchy);
        }
        c = new Clock();
        long done = 0;
        while (c.cpuNanos() < MIN_NANOS) {
            for (Matchable a : alerts) MatchView.of(a, hierarchy);
            done += alerts.size();
        }
        System.out.printf(Locale.ROOT, "preparing an alert (MatchView; once per alert, independent of subscriptions):"
                + " %s alerts/s%n", c.rates(done));

        System.out.println("subscriptions | unanchored | index build ms | matches/alert | indexed alerts/s (wall) | all-queries alerts/s (wall)");
        for (int n : new int[]{10, 1_000, 10_000}) {
            Random qr = new Random(n);
            List<SubscriptionIndex.Compiled> subs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                subs.add(SubscriptionIndex.Compiled.of(new Subscription("s" + i, vocab.query(qr), null, null, null,
                        null, Instant.EPOCH)));
            }
            long b0 = System.nanoTime();
            SubscriptionIndex index = new SubscriptionIndex(subs);
            double buildMs = (System.nanoTime() - b0) / 1e6;

            // One full pass both ways first: the index must find exactly what evaluating every query finds.
            long indexed = 0;
            long exhaustive = 0;
            for (MatchView v : views) {
                indexed += index.match(v, AlertType.NEW_STORY).size();
                for (SubscriptionIndex.Compiled q : subs) if (q.query().matches(v)) exhaustive++;
            }
            if (indexed != exhaustive) {
                throw new IllegalStateException("index found " + indexed + " matches, exhaustive evaluation " + exhaustive);
            }

            c = new Clock();
            done = 0;
            while (c.cpuNanos() < MIN_NANOS) {
                for (MatchView v : views) index.match(v, AlertType.NEW_STORY);
                done += views.size();
            }
            String indexedRate = c.rates(done);
            c = new Clock();
            done = 0;
            while (c.cpuNanos() < MIN_NANOS) {
                for (MatchView v : views) {
                    for (SubscriptionIndex.Compiled q : subs) q.query().matches(v);
                    if (++done % 16 == 0 && c.cpuNanos() > MIN_NANOS) break;
                }
            }
            String bruteRate = c.rates(done);
            System.out.printf(Locale.ROOT, "%13d | %10d | %14.1f | %13.2f | %23s | %27s%n", n, index.unanchoredCount(),
                    buildMs, indexed / (double) views.size(), indexedRate, bruteRate);
        }
    }

    /** CPU time of the current thread and wall time since creation. */
    static final class Clock {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private final long cpu0 = THREADS.getCurrentThreadCpuTime();
        private final long wall0 = System.nanoTime();

        long cpuNanos() {
            return THREADS.getCurrentThreadCpuTime() - cpu0;
        }

        String rates(long count) {
            double cpu = count / (cpuNanos() / 1e9);
            double wall = count / ((System.nanoTime() - wall0) / 1e9);
            return String.format(Locale.ROOT, "%,.0f (%,.0f)", cpu, wall);
        }
    }

    /**
     * Article texts: every {@code .txt} under a directory (headers such as "Title:" skipped), or a JSON
     * object whose values carry {@code articleBody} (the layout of the article-extraction benchmark's
     * ground truth).
     */
    static List<String> documents(Path input) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isRegularFile(input) && input.toString().endsWith(".json")) {
            var root = io.wirewatch.common.serde.JsonSerde.MAPPER.readTree(input.toFile());
            root.elements().forEachRemaining(n -> {
                String body = n.path("articleBody").asText("");
                if (!body.isBlank()) out.add(body.strip());
            });
            return out;
        }
        try (Stream<Path> files = Files.walk(input)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                StringBuilder sb = new StringBuilder();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.matches("^(Title|URL|Source|Published):.*")) continue;
                    sb.append(line).append('\n');
                }
                if (!sb.toString().isBlank()) out.add(sb.toString().strip());
            }
        }
        return out;
    }

    /** One alert per article: title = its first sentence; entities = capitalised names in it; topics from the tree. */
    static List<Matchable> alerts(List<String> documents, List<String> codes, TopicHierarchy h, Random r) {
        List<Matchable> out = new ArrayList<>();
        for (String doc : documents) {
            int cut = doc.indexOf(". ");
            if (cut < 0 || cut > 150) cut = Math.min(doc.length(), 100);
            String title = doc.substring(0, cut);
            String body = doc.substring(cut);
            Set<String> names = new LinkedHashSet<>();
            Matcher m = CAPITALISED.matcher(doc);
            while (m.find() && names.size() < 12) names.add(m.group(1));
            List<Entity> entities = names.stream().map(n -> new Entity(n, n.contains(" ") ? "PERSON" : "ORGANIZATION")).toList();
            List<TopicTag> topics = new ArrayList<>();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                String c = codes.get(r.nextInt(codes.size()));
                String label = h.labelOf(c);
                topics.add(new TopicTag(c, label == null ? c : label, 0.5));
            }
            out.add(new Matchable(title, body, entities, topics, SOURCES[r.nextInt(SOURCES.length)],
                    r.nextInt(10) == 0 ? "de" : "en"));
        }
        return out;
    }

    /** Words, bigrams, entities and topics seen in the alerts, for generating queries that can hit. */
    static final class Vocabulary {
        final List<String> words;
        final List<String> bigrams = new ArrayList<>();
        final List<String> entities;
        final List<String> topics;

        Vocabulary(List<Matchable> alerts) {
            Set<String> w = new TreeSet<>();
            Set<String> e = new TreeSet<>();
            Set<String> t = new TreeSet<>();
            Set<String> b = new TreeSet<>();
            for (Matchable a : alerts) {
                List<String> toks = Text.tokens(a.body());
                for (int i = 0; i < toks.size(); i++) {
                    if (toks.get(i).length() >= 4 && !toks.get(i).chars().allMatch(Character::isDigit)) w.add(toks.get(i));
                    if (i > 0 && toks.get(i).length() >= 4 && toks.get(i - 1).length() >= 4) b.add(toks.get(i - 1) + " " + toks.get(i));
                }
                a.entities().forEach(x -> e.add(x.name()));
                a.topics().forEach(x -> t.add(x.code()));
            }
            words = new ArrayList<>(w);
            bigrams.addAll(b);
            entities = new ArrayList<>(e);
            topics = new ArrayList<>(t);
        }

        String query(Random r) {
            int p = r.nextInt(100);
            if (p < 20) return "entity:\"" + pick(r, entities) + "\"";
            if (p < 30) return "entity:\"" + pick(r, entities) + "\" AND NOT topic:" + pick(r, topics);
            if (p < 40) return "\"" + pick(r, bigrams) + "\"";
            if (p < 55) return pick(r, words) + " AND " + pick(r, words);
            if (p < 65) return "(" + pick(r, words) + " OR " + pick(r, words) + " OR " + pick(r, words) + ") AND lang:en";
            if (p < 75) return "topic:" + pick(r, topics) + " AND " + pick(r, words);
            if (p < 85) return "entity:\"" + pick(r, entities) + "\" OR entity:\"" + pick(r, entities) + "\"";
            if (p < 91) return "type:PERSON AND " + pick(r, words);
            if (p < 99) return "source:" + SOURCES[r.nextInt(SOURCES.length)] + " AND (" + pick(r, words) + " OR "
                    + pick(r, words) + ")";
            return "NOT topic:" + pick(r, topics) + " AND NOT " + pick(r, words);
        }

        private static String pick(Random r, List<String> list) {
            return list.get(r.nextInt(list.size()));
        }
    }

    /** A three-level tree shaped like IPTC's (17 roots, ~10 children each, some grandchildren), without the data. */
    static final class SyntheticTree implements TopicHierarchy {
        final List<String> codes = new ArrayList<>();
        final Map<String, String> parent = new HashMap<>();

        SyntheticTree(Random r) {
            int next = 20_000_000;
            for (int root = 1; root <= 17; root++) {
                String rc = String.format(Locale.ROOT, "medtop:%02d000000", root);
                codes.add(rc);
                for (int c = 0; c < 10; c++) {
                    String cc = "medtop:" + (next++);
                    codes.add(cc);
                    parent.put(cc, rc);
                    for (int g = r.nextInt(4); g > 0; g--) {
                        String gc = "medtop:" + (next++);
                        codes.add(gc);
                        parent.put(gc, cc);
                    }
                }
            }
        }

        @Override
        public List<String> ancestorsOf(String code) {
            List<String> out = new ArrayList<>();
            for (String p = parent.get(code); p != null; p = parent.get(p)) out.add(p);
            return out;
        }

        @Override
        public String labelOf(String code) {
            return "topic " + code.substring(7);
        }
    }
}
