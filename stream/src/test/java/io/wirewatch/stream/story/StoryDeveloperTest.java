package io.wirewatch.stream.story;

import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.StorySummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryDeveloperTest {
    @Test
    void mergedStorySaysWhereItWentAndIsForgottenOnItsPartition() {
        StoryState state = StoryState.inMemory();
        StoryDeveloper developer = new StoryDeveloper(state, StorySettings.defaults());
        String body = "Divers found a second wreck off the coast of Malta on Monday, officials said.";
        Article a = new Article("a1", "a1", "", null, null, Instant.EPOCH, null, null, "Second wreck found off Malta",
                body, null, "en", null, TextNormalizer.fingerprint(body), 1, List.of(), List.of(), null);
        developer.develop(a, new StoryAssigner.Assignment("s-old", true, false, 0, List.of()), 1_000);
        assertThat(state.profiles().get("s-old")).isNotNull();

        StoryDeveloper.Merged merged = developer.onMerged("s-old", "s-new", 2_000);
        StorySummary last = merged.summary().orElseThrow();
        assertThat(last.storyId()).isEqualTo("s-old");
        assertThat(last.mergedInto()).isEqualTo("s-new");
        assertThat(last.articleCount()).isEqualTo(1);
        assertThat(state.profiles().get("s-old")).isNull();
        assertThat(state.memories().get("s-old")).isNull();
        assertThat(merged.handoff().profile().articleCount()).isEqualTo(1);
        assertThat(merged.handoff().memory().facts()).isNotEmpty();
        StoryDeveloper.Merged unknown = developer.onMerged("unknown", "s-new", 2_000);
        assertThat(unknown.summary()).isEmpty();
        assertThat(unknown.handoff()).isEqualTo(StoryHandoff.empty("unknown", "s-new"));
    }
}
