package io.wirewatch.stream.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mentions resolved to one entity; type indices as in {@link RuleBasedEntityTagger}. */
final class Group {
    static final int PERSON = 0, ORG = 1, LOC = 2, PRODUCT = 3;

    String name;
    int tokenCount;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> surfaces = new LinkedHashSet<>();
    final double[] votes = new double[4];
    final double[] prior = new double[4];
    boolean gazetteer;
    Group mergedInto;

    int type() {
        int best = ORG;
        for (int t = 0; t < 4; t++) if (votes[t] + prior[t] > votes[best] + prior[best]) best = t;
        return best;
    }

    double score(int t) {
        return votes[t] + prior[t];
    }

    int count() {
        return mentions.size();
    }

    static int countWords(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ' ') n++;
        return n;
    }

    int tokens() {
        if (tokenCount == 0) tokenCount = countWords(name);
        return tokenCount;
    }

    void absorb(Group other) {
        mentions.addAll(other.mentions);
        surfaces.addAll(other.surfaces);
        for (int t = 0; t < 4; t++) {
            votes[t] += other.votes[t];
            prior[t] = Math.max(prior[t], other.prior[t]);
        }
        other.mergedInto = this;
    }
}
