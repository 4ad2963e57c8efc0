package io.wirewatch.stream.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityTest {
    private final MinHasher hasher = new MinHasher(5, 128, 20, 2);

    @Test
    void shinglesIgnoreCaseQuotesAndLayout() {
        Shingler s = new Shingler(5);
        assertThat(s.shingles("The “company” said, on Monday:\n\nit WILL appeal the ruling."))
                .containsExactly(s.shingles("the \"company\" said on monday it will appeal the ruling"));
    }

    @Test
    void estimatesJaccardAndContainmentOfRealCopyWithinSketchError() {
        String original = Fixtures.seed(3);
        String copy = "A new headline for a syndicated copy\n\n" + original
                + "\n\nShare this article on Facebook, Twitter and LinkedIn. © 2026 Example Media. All rights reserved.";
        long[] a = hasher.shingler().shingles(copy);
        long[] b = hasher.shingler().shingles(original);
        double[] exact = DedupQualityEvaluation.exact(a, b);

        double j = Similarity.jaccard(hasher.sign(a).sketch(), hasher.sign(b).sketch());
        assertThat(j).isCloseTo(exact[0], within(0.1));
        assertThat(Similarity.containment(j, a.length, b.length)).isCloseTo(exact[1], within(0.1));
    }

    @Test
    void differentArticlesOnOneStoryScoreNearZero() {
        for (int i = 0; i < 5; i++) {
            for (int k = i + 1; k < 5; k++) {
                byte[] x = hasher.sign(Fixtures.seed(i)).sketch();
                byte[] y = hasher.sign(Fixtures.seed(k)).sketch();
                assertThat(Similarity.jaccard(x, y)).as("seeds %d and %d", i, k).isLessThan(0.1);
            }
        }
    }

    @Test
    void containmentIsDirectional() {
        // New article twice as long as the old one and containing all of it: half of it is known.
        assertThat(Similarity.containment(0.5, 200, 100)).isCloseTo(0.5, within(1e-9));
        // New article a cut copy: all of it is known.
        assertThat(Similarity.containment(0.5, 100, 200)).isCloseTo(1.0, within(1e-9));
    }
}
