package io.wirewatch.stream.dedup;

/**
 * The band answers gathered so far for one article revision. Value of {@value NearDupStores#VOTES_STORE};
 * deleted as soon as the decision is made.
 *
 * @param replies      answers received
 * @param bands        answers expected
 * @param firstArrival stream time of the first message, for the pending timeout
 * @param articleHere  whether the article itself has arrived (so the pending store is read only once)
 * @param arrivedWallMs wall-clock time of the first message, for the decision grace
 */
public record Votes(int replies, int bands, String matchId, double similarity, double jaccard, long matchSeenAt,
                    long matchFetchedMicros, long firstArrival, boolean articleHere, long arrivedWallMs) {
    public Votes {
        if (replies < 0 || bands < 1) throw new IllegalArgumentException("replies " + replies + " of " + bands);
    }

    public static Votes empty(int bands, long now, long wallNow) {
        return new Votes(0, bands, null, 0, 0, 0, 0, now, false, wallNow);
    }

    /**
     * Counts one answer (a correction is not an answer, only a match); of several matches the
     * earliest article (time, id) wins: duplicateOf is the first seen.
     */
    public Votes add(BandReply r) {
        int counted = r.correction() ? replies : replies + 1;
        boolean better = r.hasMatch() && (matchId == null
                || NearDupOrder.before(r.matchSeenAt(), r.matchFetchedMicros(), r.matchId(), matchSeenAt,
                        matchFetchedMicros, matchId)
                || (r.matchId().equals(matchId) && r.similarity() > similarity));
        return better
                ? new Votes(counted, bands, r.matchId(), r.similarity(), r.jaccard(), r.matchSeenAt(),
                        r.matchFetchedMicros(), firstArrival, articleHere, arrivedWallMs)
                : new Votes(counted, bands, matchId, similarity, jaccard, matchSeenAt, matchFetchedMicros, firstArrival,
                articleHere, arrivedWallMs);
    }

    public Votes withArticle() {
        return new Votes(replies, bands, matchId, similarity, jaccard, matchSeenAt, matchFetchedMicros, firstArrival,
                true, arrivedWallMs);
    }

    public boolean complete() {
        return replies >= bands;
    }

    public boolean hasMatch() {
        return matchId != null;
    }
}
