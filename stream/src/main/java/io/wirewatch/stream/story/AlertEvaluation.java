package io.wirewatch.stream.story;

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
 * (file order), one hour apart, through a fresh {@link StoryEngine}. A follow-up's file name says
 * its story ({@code seeds}, or the group of a {@code -00-base} file) and whether it brings real new
 * facts ({@code -dev-}) or rewrites known ones ({@code -rewrite-}).
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
        StorySettings defaults = StorySettings.defaults();
        List<Row> rows = replay(seeds, followups, defaults);
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-32s story=%s %-11s novelty=%6.2f newFacts=%2d%n", r.name(), r.storyId(),
                    r.alert() == null ? "-" : r.alert(), r.novelty(), r.newFacts());
            for (String s : r.whatsNew()) System.out.println("      + " + (s.length() > 150 ? s.substring(0, 150) + "…" : s));
        }
        System.out.println(report(rows, seeds));
        System.out.println("threshold sweep (development.threshold: precision / recall on follow-ups):");
        for (double t = 4; t <= 28; t += 2) {
            System.out.printf(Locale.ROOT, "  %5.1f  %s%n", t, score(replay(seeds, followups, defaults.withDevelopmentThreshold(t))));
        }
    }

    public static List<Row> replay(Path seeds, Path followups, StorySettings settings) throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), settings);
        List<Path> files = new ArrayList<>(PlainTextArticles.list(seeds));
        files.addAll(PlainTextArticles.list(followups));
        long t = Instant.parse("2026-06-13T00:00:00Z").toEpochMilli();
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            Article a = PlainTextArticles.article(PlainTextArticles.read(f), Instant.ofEpochMilli(t));
            StoryEngine.Outcome o = engine.onArticle(a, t);
            rows.add(new Row(f.getFileName().toString(), o.article().storyId(),
                    o.alert() == null ? null : o.alert().type(),
                    o.verdict() == null ? 0 : o.verdict().novelty(), o.verdict() == null ? 0 : o.verdict().newFacts(),
                    o.alert() == null ? List.of() : o.alert().whatsNew()));
            t += 3_600_000L;
        }
        return rows;
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
            if (r.name().contains("-00-base")) {
                // a new story must not be swallowed by another one
                if (storyOf.containsValue(r.storyId())) misplaced++;
                storyOf.put(group, r.storyId());
                continue;
            }
            if (!r.storyId().equals(storyOf.get(group))) misplaced++;
            boolean dev = r.alert() == AlertType.DEVELOPMENT;
            boolean real = r.name().contains("-dev-");
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

    /** "seeds", "tokyo", ... for a follow-up file ("01-seeds-dev-deal.txt"), null for a seed. */
    static String group(String name) {
        String[] parts = name.split("-");
        return parts.length >= 3 && parts[0].matches("\\d\\d") ? parts[1] : null;
    }
}
