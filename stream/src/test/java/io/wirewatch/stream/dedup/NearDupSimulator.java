package io.wirewatch.stream.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage's decision logic ({@link MinHasher}, {@link BandMatcher}, {@link Votes}) run in one
 * thread over an in-heap band index, for offline evaluation only: same decisions as the topology
 * when articles arrive one after the other, without Kafka in the loop.
 */
final class NearDupSimulator {
    /** The decision for one article: duplicateOf is null when it was accepted. */
    record Decision(String articleId, String duplicateOf, double similarity, double jaccard) {
        boolean duplicate() {
            return duplicateOf != null;
        }
    }

    private final MinHasher hasher;
    private final BandMatcher matcher;
    private final int minShingles;
    private final Map<String, List<BandMember>> index = new HashMap<>();

    NearDupSimulator(NearDupConfig config) {
        this.hasher = config.minHasher();
        this.matcher = new BandMatcher(config.threshold(), config.maxBandMembers());
        this.minShingles = config.minShingles();
    }

    Decision offer(String articleId, String body, long seenAt) {
        long[] shingles = hasher.shingler().shingles(body);
        if (shingles.length < minShingles) return new Decision(articleId, null, 0, 0);
        Signature sig = hasher.sign(shingles);
        byte[] sketch = sig.sketch();
        Votes votes = Votes.empty(hasher.bands(), seenAt, 0);
        for (int band = 0; band < hasher.bands(); band++) {
            String key = hasher.bandKey(sig, band);
            BandProbe probe = new BandProbe(articleId, 1, seenAt, 0, sig.shingles(), sketch, band, hasher.bands());
            List<BandMember> members = index.computeIfAbsent(key, k -> new ArrayList<>());
            BandMatcher.Outcome outcome = matcher.match(probe, members);
            if (outcome.remember()) members.add(probe.member());
            votes = votes.add(outcome.reply());
        }
        return new Decision(articleId, votes.matchId(), votes.similarity(), votes.jaccard());
    }
}
