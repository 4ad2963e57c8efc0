package io.wirewatch.stream.tag;

import io.wirewatch.common.model.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.wirewatch.stream.tag.Group.countWords;

/** Turns resolved {@link Group}s into {@link Entity} records: canonical name, type, mentions, salience, aliases. */
final class EntityOutput {
    private EntityOutput() {
    }

    static List<Entity> toEntities(List<Group> groups) {
        double max = 0;
        double[] weights = new double[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            double w = 0;
            for (Mention m : groups.get(i).mentions) w += m.weight;
            weights[i] = w;
            max = Math.max(max, w);
        }
        List<Entity> out = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String name = canonicalName(g);
            List<String> aliases = new ArrayList<>();
            for (String s : g.surfaces) if (!s.equals(name)) aliases.add(s);
            double salience = Math.round(1000.0 * weights[i] / max) / 1000.0;
            out.add(new Entity(name, RuleBasedEntityTagger.TYPE_NAMES[g.type()], g.count(), salience, aliases));
        }
        out.sort((a, b) -> a.salience() != b.salience() ? Double.compare(b.salience(), a.salience())
                : a.mentions() != b.mentions() ? Integer.compare(b.mentions(), a.mentions()) : a.name().compareTo(b.name()));
        return out;
    }

    /** Gazetteer canonical name if any, else the longest person name, else the most frequent surface. */
    static String canonicalName(Group g) {
        if (g.gazetteer) return g.name;
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : g.mentions) if (!m.definiteHead) counts.merge(m.surface, 1, Integer::sum);
        String best = g.name;
        int bestCount = counts.getOrDefault(best, 0);
        for (var e : counts.entrySet()) {
            int words = countWords(e.getKey()), bestWords = countWords(best);
            boolean longer = words > bestWords;
            if (longer || words == bestWords && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
