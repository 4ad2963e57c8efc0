package io.wirewatch.stream.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * What one band does with a probe, as a pure function of the members already under its key:
 * find the earliest earlier member that contains the probe above the threshold, and say whether
 * the probe should be remembered there.
 * <p>A probe that matched is not added (its original already stands for it under this key); the
 * same article (an update, same id) is never a match for itself; a key holds at most
 * {@code maxMembers} articles so a boilerplate-heavy key stays small.
 */
public final class BandMatcher {
    private final double threshold;
    private final int maxMembers;

    public BandMatcher(double threshold, int maxMembers) {
        this.threshold = threshold;
        this.maxMembers = maxMembers;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The outcome for one probe: its answer, whether to remember it, and corrections for later
     * articles already under this key that turn out to be copies of this earlier one.
     */
    public record Outcome(BandReply reply, boolean remember, List<BandReply> corrections) {
    }

    public Outcome match(BandProbe probe, Iterable<BandMember> members) {
        int count = 0;
        BandMember best = null;
        double bestContainment = 0;
        double bestJaccard = 0;
        List<BandReply> corrections = List.of();
        for (BandMember m : members) {
            count++;
            if (m.articleId().equals(probe.articleId())) continue;
            double j = Similarity.jaccard(probe.sketch(), m.sketch());
            if (!m.before(probe.seenAt(), probe.fetchedMicros(), probe.articleId())) {
                // m came later but got here first: if it copies this probe, tell m's decision.
                double cm = Similarity.containment(j, m.shingles(), probe.shingles());
                if (cm >= threshold) {
                    if (corrections.isEmpty()) corrections = new ArrayList<>();
                    corrections.add(new BandReply(m.articleId(), m.revision(), probe.band(), probe.bands(),
                            probe.articleId(), cm, j, probe.seenAt(), probe.fetchedMicros(), true));
                }
                continue;
            }
            double c = Similarity.containment(j, probe.shingles(), m.shingles());
            if (c < threshold) continue;
            if (best == null || m.before(best.seenAt(), best.fetchedMicros(), best.articleId())) {
                best = m;
                bestContainment = c;
                bestJaccard = j;
            }
        }
        if (best == null) {
            return new Outcome(BandReply.none(probe), count < maxMembers, corrections);
        }
        return new Outcome(new BandReply(probe.articleId(), probe.revision(), probe.band(), probe.bands(),
                best.articleId(), bestContainment, bestJaccard, best.seenAt(), best.fetchedMicros(), false), false,
                corrections);
    }
}
