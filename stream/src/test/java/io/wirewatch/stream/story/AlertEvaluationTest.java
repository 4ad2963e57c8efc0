package io.wirewatch.stream.story;

import io.wirewatch.common.model.AlertType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up scoring reads the truth from file names; a slip there would silently change the figures. */
class AlertEvaluationTest {
    private static AlertEvaluation.Row row(String name, String story, AlertType alert) {
        return new AlertEvaluation.Row(name, story, alert, 0, 0, List.of());
    }

    @Test
    void scoresDevelopmentsAndRewritesByTheirFileNames() {
        List<AlertEvaluation.Row> rows = List.of(
                row("000_seed.txt", "s", AlertType.NEW_STORY),
                row("01-seeds-dev-deal.txt", "s", AlertType.DEVELOPMENT),
                row("02-seeds-rewrite.txt", "s", AlertType.DEVELOPMENT), // a rewrite alerted: a false positive
                row("30-quarry-00-base.txt", "q", AlertType.NEW_STORY),
                row("31-quarry-dev.txt", "q", null), // a development without a slug, missed
                row("32-quarry-rewrite-calm.txt", "q", null),
                row("33-quarry-dev-fine.txt", "s", AlertType.DEVELOPMENT)); // alerted, but in the wrong story
        assertThat(AlertEvaluation.score(rows)).isEqualTo("precision 0.67 (2/3), recall 0.67 (2/3), "
                + "rewrites silent 1/2, follow-ups in the wrong story 1");
    }

    @Test
    void clusteringCountsPairsAgainstTheStoryInEachFileName() {
        List<AlertEvaluation.Row> rows = List.of(
                row("000_seed.txt", "s", AlertType.NEW_STORY),
                row("01-seeds-dev-deal.txt", "s", AlertType.DEVELOPMENT),
                row("02-seeds-rewrite.txt", "s", null),
                row("30-quarry-00-base.txt", "q", AlertType.NEW_STORY),
                row("31-quarry-dev.txt", "q", null),
                row("32-quarry-rewrite-calm.txt", "q", null),
                row("33-quarry-dev-fine.txt", "s", AlertType.DEVELOPMENT));
        // true stories: 3 seeds-story files (3 pairs) and 4 quarry files (6 pairs); given: 4 in s (6), 3 in q (3);
        // both agree on the 3 seeds-story pairs and 3 of the quarry pairs
        var scores = AlertEvaluation.clustering(rows);
        assertThat(scores.truePairs()).isEqualTo(6);
        assertThat(scores.predictedPairs()).isEqualTo(9);
        assertThat(scores.goldPairs()).isEqualTo(9);
    }

    @Test
    void aNewStorySwallowedByAnotherCountsAsMisplaced() {
        List<AlertEvaluation.Row> rows = List.of(
                row("000_seed.txt", "s", AlertType.NEW_STORY),
                row("05-office-00-base.txt", "s", null));
        assertThat(AlertEvaluation.score(rows)).endsWith("follow-ups in the wrong story 1");
    }
}
