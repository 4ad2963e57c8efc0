package io.wirewatch.stream.story;

import io.wirewatch.common.model.AlertType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups written blind, after the engine and its thresholds were fixed (see {@code followups-heldout/TRUTH.md}):
 * three new stories, more seed follow-ups, and three distractors on the same company or city as a story but
 * another event. Floors, not the figures: those come from {@link AlertEvaluation}'s main. When they were set:
 * 8/8 developments alerted; 1 of 8 rewrites raised a DEVELOPMENT (an analysis piece); 1 rewrite (the fire told
 * from the residents' side) was filed as a new story, and so raised a NEW_STORY. The analysis piece then prompted
 * two general fixes to facts (no name after a colon; one date fact per day and month) and is now silent, so the
 * floor on rewrites stays where the unseen run put it.
 */
class HeldOutFollowUpsTest {
    static final Path HELD_OUT = Path.of("src", "test", "resources", "story", "followups-heldout");
    private static List<AlertEvaluation.Row> rows;

    @BeforeAll
    static void replay() throws IOException {
        rows = AlertEvaluation.replay(StoryEngineTest.SEEDS, HELD_OUT, StorySettings.defaults());
    }

    @Test
    void developmentsWrittenBlindAreAlerted() {
        List<AlertEvaluation.Row> devs = AlertEvaluation.ofKind(rows, "dev");
        assertThat(devs).hasSize(8);
        assertThat(devs.stream().filter(r -> r.alert() == AlertType.DEVELOPMENT).count()).isGreaterThanOrEqualTo(7);
        devs.stream().filter(r -> r.alert() == AlertType.DEVELOPMENT)
                .forEach(r -> assertThat(r.whatsNew()).isNotEmpty().hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void rewritesWrittenBlindMostlyStaySilent() {
        List<AlertEvaluation.Row> rewrites = AlertEvaluation.ofKind(rows, "rewrite");
        assertThat(rewrites).hasSize(8);
        // a rewrite filed in the wrong story raises NEW_STORY instead: counted by the stray check below
        assertThat(rewrites.stream().filter(r -> r.alert() == AlertType.DEVELOPMENT).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void sameCompanyOrCityButAnotherEventStartsItsOwnStory() {
        Map<String, String> storyOfGroup = new HashMap<>();
        rows.stream().filter(r -> AlertEvaluation.group(r.name()) == null).findFirst()
                .ifPresent(r -> storyOfGroup.put("seeds", r.storyId()));
        for (AlertEvaluation.Row r : rows) {
            if (AlertEvaluation.group(r.name()) == null || !AlertEvaluation.kind(r.name()).equals("00")) continue;
            // every base, distractors included, opens a story no earlier group has
            assertThat(storyOfGroup.values()).as(r.name()).doesNotContain(r.storyId());
            assertThat(r.alert()).as(r.name()).isEqualTo(AlertType.NEW_STORY);
            storyOfGroup.put(AlertEvaluation.group(r.name()), r.storyId());
        }
        assertThat(storyOfGroup).containsKeys("anthropiccolleges", "harrowgateacquisition", "haldenfestival");
        // follow-ups find their story: at most one strays
        long stray = rows.stream().filter(r -> AlertEvaluation.group(r.name()) != null)
                .filter(r -> !AlertEvaluation.kind(r.name()).equals("00"))
                .filter(r -> !r.storyId().equals(storyOfGroup.get(AlertEvaluation.group(r.name())))).count();
        assertThat(stray).isLessThanOrEqualTo(1);
    }

    /**
     * The quiet rule (a headline-only item joins a story silent for a day only by a close match in words) must not
     * split stories that move slowly: every article a day and an hour after the one before. Full articles are not
     * held to it; as titles alone (a headline feed) the default factor was chosen as the highest that costs these
     * sets nothing (F1 0.862 with and without it; a factor of 2 gave 0.731).
     */
    @Test
    void slowStoriesStayTogether() throws IOException {
        StorySettings defaults = StorySettings.defaults();
        StorySettings neverQuiet = defaults.withQuiet(defaults.dormantAfterMs(), 1);
        long gap = 25 * 3_600_000L;
        assertThat(AlertEvaluation.slowClustering(StoryEngineTest.SEEDS, HELD_OUT, gap, false, defaults).f1())
                .isEqualTo(1.0);
        var titles = AlertEvaluation.slowClustering(StoryEngineTest.SEEDS, HELD_OUT, gap, true, defaults);
        var titlesNeverQuiet = AlertEvaluation.slowClustering(StoryEngineTest.SEEDS, HELD_OUT, gap, true, neverQuiet);
        assertThat(titles.truePairs()).isEqualTo(titlesNeverQuiet.truePairs());
        assertThat(titles.precision()).isEqualTo(1.0);
    }

    @Test
    void pairwiseClusteringOfTheBlindArticlesStaysAboveTheIssuesTarget() {
        // when set: P 1.00, R 0.94, F1 0.969 over 66 same-story pairs (the stray rewrite costs its 4 pairs)
        var scores = AlertEvaluation.clustering(rows);
        assertThat(scores.goldPairs()).isEqualTo(66);
        assertThat(scores.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.f1()).isGreaterThanOrEqualTo(0.95);
    }
}
