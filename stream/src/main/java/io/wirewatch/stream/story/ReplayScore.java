package io.wirewatch.stream.story;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a {@code wirewatch replay} against labels: pairwise clustering precision, recall and F1 over every
 * accepted record's {@code storyId} in the report, and, given the alerts file, what each kind of follow-up raised.
 * This is how the whole pipeline's figures in docs/stories.md are measured (the engine evaluations,
 * {@link ClusteringEvaluation} and {@link AlertEvaluation}, run the story engine without Kafka).
 * <p>
 * Labels come from a TSV of {@code id<TAB>story} lines (the id is the input as the report names it, e.g.
 * {@code uci.jsonl:12} for a JSON-lines record, or the file name without its extensions, as in
 * {@code benchmark-events.tsv}; unlisted inputs are stories of their own), or, without one, from the follow-up
 * sets' file names: {@code NN-story-kind-….txt} (kind {@code 00} starts a story, {@code dev} develops it,
 * {@code rewrite} retells it) and the seeds ({@code NNN_….txt}), which are one story.
 * <p>
 * Usage: {@code ReplayScore REPORT.json [--alerts ALERTS.jsonl] [--labels LABELS.tsv]}
 */
public final class ReplayScore {
    private static final Pattern FOLLOW_UP = Pattern.compile("^\\d\\d-([a-z0-9]+)-([a-z0-9]+)[-.]");
    private static final Pattern SEED = Pattern.compile("^\\d{3}_[0-9a-f]+\\.txt$");

    /** One accepted record: its file, true story, kind (null when unknown), predicted story and alert types. */
    public record Item(String input, String story, String kind, String predicted, Set<String> alerts) {
    }

    /** The score, the records that were not accepted, and the items. */
    public record Result(ClusteringEvaluation.Scores scores, List<String> notAccepted, List<Item> items) {
        public long count(String kind, String alert) {
            return items.stream().filter(i -> kind.equals(i.kind()))
                    .filter(i -> alert == null ? i.alerts().isEmpty() : i.alerts().contains(alert)).count();
        }

        public long count(String kind) {
            return items.stream().filter(i -> kind.equals(i.kind())).count();
        }
    }

    private ReplayScore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: ReplayScore REPORT.json [--alerts ALERTS.jsonl] [--labels LABELS.tsv]");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        Path alerts = null, labels = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--alerts" -> alerts = Path.of(args[i + 1]);
                case "--labels" -> labels = Path.of(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Result r = score(report, alerts, labels == null ? null : readLabels(labels));
        r.notAccepted().forEach(n -> System.out.println("not accepted: " + n));
        ClusteringEvaluation.Scores s = r.scores();
        System.out.printf(Locale.ROOT, "%d accepted records; clustering F1 %.3f (P %.3f, R %.3f; pairs: true %d, "
                        + "predicted %d, gold %d)%n", r.items().size(), s.f1(), s.precision(), s.recall(),
                s.truePairs(), s.predictedPairs(), s.goldPairs());
        if (alerts != null && r.count("dev") + r.count("rewrite") + r.count("00") > 0) {
            System.out.printf(Locale.ROOT, "story starts with NEW_STORY %d/%d; developments with DEVELOPMENT %d/%d; "
                            + "rewrites silent %d/%d (NEW_STORY %d)%n",
                    r.count("00", "NEW_STORY"), r.count("00"), r.count("dev", "DEVELOPMENT"), r.count("dev"),
                    r.count("rewrite", null), r.count("rewrite"), r.count("rewrite", "NEW_STORY"));
        }
        // the predicted stories that hold more than one true story: where precision goes
        Map<String, List<Item>> byPredicted = new LinkedHashMap<>();
        for (Item i : r.items()) byPredicted.computeIfAbsent(i.predicted(), k -> new ArrayList<>()).add(i);
        byPredicted.values().stream().filter(v -> v.stream().map(Item::story).distinct().count() > 1).forEach(v -> {
            System.out.println("mixed story:");
            v.forEach(i -> System.out.println("   " + i.story() + "  " + i.input()));
        });
    }

    /** Reads {@code id<TAB>story} lines; blank lines and lines starting with '#' are skipped. */
    public static Map<String, String> readLabels(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) throw new IllegalArgumentException("not an id<TAB>story line in " + tsv + ": " + line);
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }

    /** Scores a report (and its alerts, may be null) against labels (null: from the file names). */
    public static Result score(Path report, Path alerts, Map<String, String> labels) throws IOException {
        Map<String, Set<String>> alertTypes = new HashMap<>();
        if (alerts != null) {
            for (String line : Files.readAllLines(alerts, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode a = JsonSerde.MAPPER.readTree(line);
                alertTypes.computeIfAbsent(a.path("articleId").asText(), k -> new TreeSet<>()).add(a.path("type").asText());
            }
        }
        JsonNode root = JsonSerde.MAPPER.readTree(Files.readAllBytes(report));
        if (!root.path("records").isArray()) throw new IllegalArgumentException(report + " has no records: not a replay report");
        List<String> notAccepted = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (JsonNode rec : root.path("records")) {
            String input = rec.path("input").asText();
            if (!"accepted".equals(rec.path("outcome").asText())) {
                notAccepted.add(input + " " + rec.path("outcome").asText() + " " + rec.path("reason").asText(""));
                continue;
            }
            String name = Path.of(input).getFileName().toString();
            String story, kind = null;
            Matcher m = FOLLOW_UP.matcher(name);
            if (labels != null) {
                // a JSON-lines record is "file.jsonl:LINE"; a file is listed without its extensions
                String id = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                story = labels.getOrDefault(name, labels.getOrDefault(id, "own:" + name));
            } else if (m.find()) {
                story = m.group(1);
                kind = m.group(2);
            } else if (SEED.matcher(name).matches()) {
                story = "seeds";
                kind = name.startsWith("000_") ? "00" : "seed";
            } else {
                story = "own:" + name;
            }
            // the story the record is in at the end (after merges) where the report says it
            String predicted = rec.hasNonNull("currentStoryId") ? rec.get("currentStoryId").asText()
                    : rec.path("storyId").asText();
            items.add(new Item(input, story, kind, predicted,
                    alertTypes.getOrDefault(rec.path("articleId").asText(), Set.of())));
        }
        Map<String, String> gold = new LinkedHashMap<>(), predicted = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            gold.put(Integer.toString(i), items.get(i).story());
            predicted.put(Integer.toString(i), items.get(i).predicted());
        }
        return new Result(ClusteringEvaluation.score(gold, predicted), notAccepted, items);
    }
}
