package io.wirewatch.stream.dedup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BandMatcherTest {
    private final MinHasher hasher = new MinHasher(5, 128, 20, 2);
    private final BandMatcher matcher = new BandMatcher(0.6, 3);
    private final byte[] seed = hasher.sign(Fixtures.seed(2)).sketch();
    private final int size = hasher.shingler().shingles(Fixtures.seed(2)).length;

    private BandProbe probe(String id, int revision, long at) {
        return new BandProbe(id, revision, at, 0, size, seed, 0, 20);
    }

    @Test
    void matchesEarliestEarlierCopyAndDoesNotRememberIt() {
        List<BandMember> members = List.of(probe("b", 1, 200).member(), probe("a", 1, 100).member());
        BandMatcher.Outcome o = matcher.match(probe("c", 1, 300), members);
        assertThat(o.reply().matchId()).isEqualTo("a");
        assertThat(o.reply().matchSeenAt()).isEqualTo(100);
        assertThat(o.remember()).isFalse();
    }

    @Test
    void laterArticleIsNeverTheOriginalOfAnEarlierOneButIsCorrected() {
        BandMatcher.Outcome o = matcher.match(probe("a", 1, 100), List.of(probe("b", 1, 200).member()));
        assertThat(o.reply().hasMatch()).isFalse();
        assertThat(o.remember()).isTrue();
        assertThat(o.corrections()).singleElement().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo("b");
            assertThat(c.matchId()).isEqualTo("a");
            assertThat(c.correction()).isTrue();
        });
    }

    @Test
    void correctionIsAMatchButNotAnAnswer() {
        Votes v = Votes.empty(1, 0, 0).add(new BandReply("b", 1, 0, 1, "a", 0.9, 0.9, 100, 0, true));
        assertThat(v.complete()).isFalse();
        assertThat(v.matchId()).isEqualTo("a");
    }

    @Test
    void equalTimestampsAreOrderedById() {
        assertThat(matcher.match(probe("b", 1, 100), List.of(probe("a", 1, 100).member())).reply().matchId())
                .isEqualTo("a");
        assertThat(matcher.match(probe("a", 1, 100), List.of(probe("b", 1, 100).member())).reply().hasMatch())
                .isFalse();
    }

    @Test
    void sameMillisecondIsOrderedByFetchTime() {
        BandProbe early = new BandProbe("z-first", 1, 100, 5, size, seed, 0, 20);
        BandProbe late = new BandProbe("a-second", 1, 100, 9, size, seed, 0, 20);
        assertThat(matcher.match(late, List.of(early.member())).reply().matchId()).isEqualTo("z-first");
        assertThat(matcher.match(early, List.of(late.member())).reply().hasMatch()).isFalse();
    }

    @Test
    void updateIsNotADuplicateOfItsOwnEarlierRevision() {
        BandMatcher.Outcome o = matcher.match(probe("a", 2, 500), List.of(probe("a", 1, 100).member()));
        assertThat(o.reply().hasMatch()).isFalse();
        assertThat(o.remember()).isTrue();
    }

    @Test
    void fullKeyRemembersNoMore() {
        byte[] other = hasher.sign(Fixtures.seed(0)).sketch();
        List<BandMember> full = List.of(new BandMember("x", 1, 1, 0, size, other), new BandMember("y", 1, 2, 0, size, other),
                new BandMember("z", 1, 3, 0, size, other));
        BandMatcher.Outcome o = matcher.match(probe("n", 1, 10), full);
        assertThat(o.reply().hasMatch()).isFalse();
        assertThat(o.remember()).isFalse();
    }

    @Test
    void votesKeepTheFirstSeenOriginal() {
        Votes v = Votes.empty(3, 0, 0)
                .add(new BandReply("n", 1, 0, 3, "later", 0.9, 0.8, 200, 0, false))
                .add(new BandReply("n", 1, 1, 3, null, 0, 0, 0, 0, false))
                .add(new BandReply("n", 1, 2, 3, "first", 0.7, 0.6, 100, 0, false));
        assertThat(v.complete()).isTrue();
        assertThat(v.matchId()).isEqualTo("first");
        assertThat(v.similarity()).isEqualTo(0.7);
    }
}
