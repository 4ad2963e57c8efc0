package io.wirewatch.stream.dedup;

import java.util.Objects;

/**
 * An article remembered under one band key: id, order and sketch (about 175 bytes in {@link NearDupSerdes.BandEntrySerde}
 * with a 20-character id), never the body.
 * Kept in {@link BandEntry}, the value of {@value NearDupStores#BAND_STORE}.
 */
public record BandMember(String articleId, int revision, long seenAt, long fetchedMicros, int shingles,
                         byte[] sketch) {
    public BandMember {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sketch, "sketch");
    }

    /** True when this member came before the other article in the global (time, id) order. */
    public boolean before(long otherSeenAt, long otherFetchedMicros, String otherId) {
        return NearDupOrder.before(seenAt, fetchedMicros, articleId, otherSeenAt, otherFetchedMicros, otherId);
    }
}
