package io.wirewatch.stream.story;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and Thai write no spaces between words; fixtures: {@code story/cjk/README.md}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseStoriesTest {
    private Map<String, AlertEvaluation.Row> byName;

    @BeforeAll
    void replay() throws Exception {
        byName = AlertEvaluation.replay(Path.of("../seeds"), Path.of("src/test/resources/story/cjk"), StorySettings.defaults())
                .stream().collect(Collectors.toMap(AlertEvaluation.Row::name, r -> r));
    }

    @Test
    void aChineseRewriteJoinsItsStorySilentlyAndAnotherEventStaysApart() {
        assertRewriteJoinsSilentlyAndBudgetStaysApart("zh");
    }

    @Test
    void aThaiRewriteJoinsItsStorySilentlyAndAnotherEventStaysApart() {
        assertRewriteJoinsSilentlyAndBudgetStaysApart("th");
    }

    private void assertRewriteJoinsSilentlyAndBudgetStaysApart(String language) {
        String fire = byName.get(language + "-1-fire.txt").storyId();
        assertThat(byName.get(language + "-2-rewrite.txt").storyId()).isEqualTo(fire);
        assertThat(byName.get(language + "-2-rewrite.txt").alert()).isNull();
        assertThat(byName.get(language + "-3-budget.txt").storyId()).isNotEqualTo(fire);
    }
}
