package io.wirewatch.stream.story;

import io.wirewatch.common.model.AlertType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A set of follow-ups written blind ({@code TRUTH.md} in its folder), replayed after the seeds through a fresh
 * {@link StoryEngine}; each subclass names the set and the floors set at its first replay ({@link AlertEvaluation}'s
 * main prints the figures).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlindSetTest {
    /**
     * What the set must keep.
     *
     * @param devs             developments in the set; {@code devsAlerted} of them at least raise DEVELOPMENT
     * @param rewrites         reports of known facts by other outlets; at most {@code rewritesAlerted} raise an alert
     * @param newStories       first articles of a story (its own, a distractor's or an unrelated item's) that at
     *                         least raise NEW_STORY
     */
    record Floors(int devs, int devsAlerted, int rewrites, int rewritesAlerted, double recall, double precision,
                  double f1, int newStories) {
    }

    private final Path set;
    private final Floors floors;
    private List<AlertEvaluation.Row> rows;

    /** @param folder the set's folder under the stream module's {@code src/test/resources/story} */
    BlindSetTest(String folder, Floors floors) {
        this.set = Path.of("src", "test", "resources", "story", folder);
        this.floors = floors;
    }

    Floors floors() {
        return floors;
    }

    @BeforeAll
    void replay() throws IOException {
        rows = AlertEvaluation.replay(StoryEngineTest.SEEDS, set, StorySettings.defaults());
    }

    @Test
    void developmentsAreAlertedWithTheirNews() {
        List<AlertEvaluation.Row> devs = AlertEvaluation.ofKind(rows, "dev");
        assertThat(devs).hasSize(floors().devs());
        assertThat(devs).filteredOn(r -> r.alert() == AlertType.DEVELOPMENT).hasSizeGreaterThanOrEqualTo(floors().devsAlerted())
                .allSatisfy(r -> assertThat(r.whatsNew()).isNotEmpty().hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void reportsOfTheSameHappeningByOtherOutletsStaySilent() {
        List<AlertEvaluation.Row> rewrites = AlertEvaluation.ofKind(rows, "rewrite");
        assertThat(rewrites).hasSize(floors().rewrites());
        assertThat(rewrites).filteredOn(r -> r.alert() != null).hasSizeLessThanOrEqualTo(floors().rewritesAlerted());
    }

    @Test
    void everyStorysArticlesEndUpTogetherAndMostDistractorsApart() {
        ClusteringEvaluation.Scores s = AlertEvaluation.clustering(rows);
        assertThat(s.recall()).isGreaterThanOrEqualTo(floors().recall());
        assertThat(s.precision()).isGreaterThanOrEqualTo(floors().precision());
        assertThat(s.f1()).isGreaterThanOrEqualTo(floors().f1());
        // the unrelated items and most distractors open stories of their own
        assertThat(AlertEvaluation.ofKind(rows, "00")).filteredOn(r -> r.alert() == AlertType.NEW_STORY)
                .hasSizeGreaterThanOrEqualTo(floors().newStories());
    }
}
