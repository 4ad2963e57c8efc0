package io.wirewatch.stream.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.common.model.Entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hand-annotated entities in {@code tag/seeds-gold.json} and the scoring of a tagger against them.
 * Run {@link #main} for the per-article report, from the repository root:
 * <pre>
 * mvn -B -q -o -pl stream -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=$PWD/stream/target/cp.txt
 * java -cp stream/target/test-classes:stream/target/classes:$(cat stream/target/cp.txt) io.wirewatch.stream.tag.EntityGold
 * </pre>
 *
 * <p>Scoring: a predicted entity matches a gold entity when any of its names (canonical or alias) equals
 * any of the gold names, compared case-insensitively without a leading "the" or a trailing "'s". Each gold
 * entity is matched at most once; a second prediction for it is a false positive (an unresolved alias).
 * Predictions that match a gold "other" name (works, laws, demonyms) are ignored.
 */
public final class EntityGold {
    public record GoldEntity(String name, String type, List<String> aliases) {
        Set<String> keys() {
            Set<String> k = new HashSet<>();
            k.add(norm(name));
            aliases.forEach(a -> k.add(norm(a)));
            return k;
        }
    }

    public record GoldArticle(String id, String path, List<GoldEntity> entities, List<String> other) {
        public String text() {
            return resource(path);
        }
    }

    /** Counts over one article or many. */
    public record Score(int truePositives, int falsePositives, int falseNegatives, int typedRight,
                        List<String> errors) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double typeAccuracy() {
            return truePositives == 0 ? 1 : (double) typedRight / truePositives;
        }

        Score plus(Score o) {
            List<String> e = new ArrayList<>(errors);
            e.addAll(o.errors);
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives, typedRight + o.typedRight, e);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f types=%.3f (tp=%d fp=%d fn=%d typed right=%d)",
                    precision(), recall(), typeAccuracy(), truePositives, falsePositives, falseNegatives, typedRight);
        }
    }

    private EntityGold() {
    }

    public static List<GoldArticle> load(String set) {
        try {
            JsonNode root = new ObjectMapper().readTree(resource("tag/seeds-gold.json"));
            List<GoldArticle> out = new ArrayList<>();
            for (JsonNode a : root.path("sets").path(set)) {
                List<GoldEntity> ents = new ArrayList<>();
                for (JsonNode e : a.path("entities")) {
                    List<String> aliases = new ArrayList<>();
                    e.path("aliases").forEach(x -> aliases.add(x.asText()));
                    ents.add(new GoldEntity(e.path("name").asText(), e.path("type").asText(), aliases));
                }
                List<String> other = new ArrayList<>();
                a.path("other").forEach(x -> other.add(x.asText()));
                out.add(new GoldArticle(a.path("id").asText(), a.path("path").asText(), ents, other));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Score score(GoldArticle gold, List<Entity> predicted) {
        Set<String> other = new HashSet<>();
        gold.other().forEach(o -> other.add(norm(o)));
        boolean[] matched = new boolean[gold.entities().size()];
        int tp = 0, fp = 0, typed = 0;
        List<String> errors = new ArrayList<>();
        for (Entity p : predicted) {
            Set<String> keys = new HashSet<>();
            keys.add(norm(p.name()));
            p.aliases().forEach(a -> keys.add(norm(a)));
            int hit = -1;
            boolean duplicate = false;
            for (int i = 0; i < matched.length; i++) {
                Set<String> g = gold.entities().get(i).keys();
                if (g.stream().anyMatch(keys::contains)) {
                    if (!matched[i]) {
                        hit = i;
                        break;
                    }
                    duplicate = true;
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                tp++;
                GoldEntity g = gold.entities().get(hit);
                if (g.type().equals(p.type())) typed++;
                else errors.add(gold.id() + ": type " + p.name() + " " + p.type() + " (gold " + g.type() + ")");
            } else if (!duplicate && keys.stream().anyMatch(other::contains)) {
                // a work, law or demonym: neither right nor wrong
            } else {
                fp++;
                errors.add(gold.id() + ": false positive " + p.name() + " " + p.type() + (duplicate ? " (duplicate)" : ""));
            }
        }
        int fn = 0;
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i]) {
                fn++;
                errors.add(gold.id() + ": missed " + gold.entities().get(i).name() + " " + gold.entities().get(i).type());
            }
        }
        return new Score(tp, fp, fn, typed, errors);
    }

    public static Score scoreAll(EntityTagger tagger, List<GoldArticle> articles) {
        Score total = new Score(0, 0, 0, 0, List.of());
        for (GoldArticle a : articles) total = total.plus(score(a, tagger.tag("", a.text())));
        return total;
    }

    static String norm(String s) {
        String n = s.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (n.startsWith("the ")) n = n.substring(4);
        if (n.endsWith("'s")) n = n.substring(0, n.length() - 2);
        return n.replaceAll("\\s+", " ");
    }

    static String resource(String path) {
        try (InputStream in = EntityGold.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        EntityTagger tagger = new RuleBasedEntityTagger();
        for (String set : List.of("seeds", "heldout", "fresh", "holdout2", "holdout3")) {
            Score s = scoreAll(tagger, load(set));
            System.out.println(set + ": " + s);
            s.errors().forEach(e -> System.out.println("  " + e));
        }
    }
}
