package io.wirewatch.stream.dedup;

import io.wirewatch.stream.dedup.LabelledSet.Kind;
import io.wirewatch.stream.dedup.LabelledSet.Split;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality targets on the held-out half of the labelled set (the calibration half is only used by
 * {@link DedupQualityEvaluation} to choose the default threshold).
 */
class DedupQualityTest {
    private static final DedupQualityEvaluation.Report REPORT =
            DedupQualityEvaluation.evaluate(Split.TEST, new NearDupConfig(Map.of()));

    @Test
    void meetsPrecisionAndRecallTargetsOnHeldOutPages() {
        DedupQualityEvaluation.Report r = REPORT;

        assertThat(r.tp() + r.fn()).as("labelled copies").isGreaterThan(300);
        assertThat(r.fp() + r.tn()).as("labelled non-copies").isGreaterThan(100);
        assertThat(r.precision()).as("precision, errors: %s", r.errors()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.recall()).as("recall, errors: %s", r.errors()).isGreaterThanOrEqualTo(0.98);
        assertThat((double) r.wrongOriginal() / r.tp()).as("duplicateOf not the original").isLessThan(0.02);
    }

    @Test
    void neverCallsDifferentArticlesOnTheSameStoryDuplicates() {
        DedupQualityEvaluation.Report r = REPORT;

        assertThat(r.perKind().get(Kind.SAME_STORY)).containsExactly(5, 0);
        assertThat(r.perKind().get(Kind.ORIGINAL)[1]).isZero();
    }
}
