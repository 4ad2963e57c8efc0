package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prepaid meters that stopped after an update, then the root-cause report: an expired intermediate certificate, told
 * in an engineer's words, with fewer of the story's words and less of its meaning than the other joins ask, but it
 * repeats most of the words that weigh most in the story and names the city (blind set 80;
 * {@link StorySettings#recapWithMeaning()}).
 */
class RecapWithMeaningTest {
    private static final Path SET = Path.of("src", "test", "resources", "story", "followups-heldout80");
    private static final String OUTAGE = "14-meters-00-prepaid-meters-fail-after-update.txt";
    private static final String ROOT_CAUSE = "27-meters-dev-root-cause-expired-intermediate-certificate.txt";

    @Test
    void rootCauseReportJoinsTheOutageStory() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        String outage = read(engine, OUTAGE);
        read(engine, "18-meters-rewrite-err-27-what-households-need-to-know.txt");
        assertThat(engine.resolve(read(engine, ROOT_CAUSE))).isEqualTo(engine.resolve(outage));
    }

    @Test
    void withoutTheRuleTheReportStartsAStoryOfItsOwn() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults().withRecapWithMeaning(false));
        String outage = read(engine, OUTAGE);
        read(engine, "18-meters-rewrite-err-27-what-households-need-to-know.txt");
        assertThat(engine.resolve(read(engine, ROOT_CAUSE))).isNotEqualTo(engine.resolve(outage));
    }

    private static String read(StoryEngine engine, String file) throws IOException {
        return StoryFixtures.readLive(engine, SET, file);
    }
}
