package io.wirewatch.stream.story;

import io.wirewatch.common.model.AlertType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second set written blind ({@code followups-heldout2/TRUTH.md}): six stories (business, local government,
 * health, sport, technology, and a bus crash told in Spanish), each a base, independent reports by other outlets
 * with no new fact, and developments days later; seven distractors built to share as much as possible with a story
 * while being another happening (the same council's next vote, the same team's next match, the same company's
 * safety fine, a second bus crash or data breach the same day); three unrelated items. Floors, not the figures
 * ({@link AlertEvaluation}'s main prints them). On its first replay, with the code of that day: 8/8 developments
 * alerted, 14/14 rewrites silent, every story's articles together (recall 1.0), and 3 of the 7 distractors filed in
 * the story they imitate (precision 0.84, F1 0.91): the council's seawall vote, the team's next match and, the
 * files being replayed here as English, the second bus crash; through the whole pipeline, whose tagger adds
 * entity features, also the company's safety fine (precision 0.79, F1 0.88; since the join threshold is on words
 * alone, 0.84 and 0.91 there too). Those are the story stage's known limit on subject-alike events, so precision
 * has a floor below 1 here.
 */
class HeldOutSecondSetTest {
    static final Path HELD_OUT = Path.of("src", "test", "resources", "story", "followups-heldout2");
    private static List<AlertEvaluation.Row> rows;

    @BeforeAll
    static void replay() throws IOException {
        rows = AlertEvaluation.replay(StoryEngineTest.SEEDS, HELD_OUT, StorySettings.defaults());
    }

    @Test
    void developmentsAreAlertedWithTheirNews() {
        List<AlertEvaluation.Row> devs = AlertEvaluation.ofKind(rows, "dev");
        assertThat(devs).hasSize(8);
        assertThat(devs).filteredOn(r -> r.alert() == AlertType.DEVELOPMENT).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(r -> assertThat(r.whatsNew()).isNotEmpty().hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void reportsOfTheSameHappeningByOtherOutletsStaySilent() {
        List<AlertEvaluation.Row> rewrites = AlertEvaluation.ofKind(rows, "rewrite");
        assertThat(rewrites).hasSize(14);
        assertThat(rewrites).filteredOn(r -> r.alert() != null).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void everyStorysArticlesEndUpTogetherAndMostDistractorsApart() {
        ClusteringEvaluation.Scores s = AlertEvaluation.clustering(rows);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.8);
        // the unrelated items and most distractors open stories of their own
        assertThat(AlertEvaluation.ofKind(rows, "00")).filteredOn(r -> r.alert() == AlertType.NEW_STORY).hasSizeGreaterThanOrEqualTo(12);
    }
}
