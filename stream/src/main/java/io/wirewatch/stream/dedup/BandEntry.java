package io.wirewatch.stream.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles remembered under one band key (at most {@code neardup.band.max.members}). Value of
 * {@value NearDupStores#BAND_STORE}, keyed by band key.
 */
public record BandEntry(List<BandMember> members) {
    public BandEntry {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public BandEntry with(BandMember m) {
        List<BandMember> next = new ArrayList<>(members.size() + 1);
        next.addAll(members);
        next.add(m);
        return new BandEntry(next);
    }

    /** Without the given article's entries inserted at or before {@code seenAt}. */
    public BandEntry without(String articleId, long seenAt) {
        List<BandMember> next = new ArrayList<>(members.size());
        for (BandMember m : members) {
            if (!(m.articleId().equals(articleId) && m.seenAt() <= seenAt)) next.add(m);
        }
        return new BandEntry(next);
    }
}
