package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and Thai write no spaces between words; fixtures: {@code story/cjk/README.md}. */
class ChineseStoriesTest {
    @Test
    void aChineseRewriteJoinsItsStorySilentlyAndAnotherEventStaysApart() throws Exception {
        List<AlertEvaluation.Row> rows = AlertEvaluation.replay(Path.of("../seeds"),
                Path.of("src/test/resources/story/cjk"), StorySettings.defaults());
        Map<String, AlertEvaluation.Row> byName = rows.stream().collect(Collectors.toMap(AlertEvaluation.Row::name, r -> r));
        assertThat(byName.get("zh-2-rewrite.txt").storyId()).isEqualTo(byName.get("zh-1-fire.txt").storyId());
        assertThat(byName.get("zh-2-rewrite.txt").alert()).isNull();
        assertThat(byName.get("zh-3-budget.txt").storyId()).isNotEqualTo(byName.get("zh-1-fire.txt").storyId());
    }

    @Test
    void aThaiRewriteJoinsItsStorySilentlyAndAnotherEventStaysApart() throws Exception {
        List<AlertEvaluation.Row> rows = AlertEvaluation.replay(Path.of("../seeds"),
                Path.of("src/test/resources/story/cjk"), StorySettings.defaults());
        Map<String, AlertEvaluation.Row> byName = rows.stream().collect(Collectors.toMap(AlertEvaluation.Row::name, r -> r));
        assertThat(byName.get("th-2-rewrite.txt").storyId()).isEqualTo(byName.get("th-1-fire.txt").storyId());
        assertThat(byName.get("th-2-rewrite.txt").alert()).isNull();
        assertThat(byName.get("th-3-budget.txt").storyId()).isNotEqualTo(byName.get("th-1-fire.txt").storyId());
    }
}
