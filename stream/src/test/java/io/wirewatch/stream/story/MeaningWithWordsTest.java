package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A salmon farmer's trading halt over a fish count, then its filing that its biological assets were overstated: the
 * filing's words are an accountant's ("biological assets", "fair value", "restatement") and reach only part of the
 * join threshold, but its meaning, as written and with names masked, stays the story's and its first lines name the
 * company (blind set 79; {@link StorySettings#meaningWithWords()}).
 */
class MeaningWithWordsTest {
    private static final Path SET = Path.of("src", "test", "resources", "story", "followups-heldout79");
    private static final String HALT = "04-merriwind-00-trading-halt-fish-count.txt";
    private static final String FILING = "26-merriwind-dev-biological-assets-overstated.txt";

    @Test
    void filingInAnAccountantsWordsJoinsTheTradingHaltStory() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        String halt = read(engine, HALT);
        read(engine, "07-merriwind-rewrite-wire-brief-halt.txt");
        read(engine, "14-merriwind-rewrite-what-we-know.txt");
        assertThat(engine.resolve(read(engine, FILING))).isEqualTo(engine.resolve(halt));
    }

    /**
     * The join on recapped words with close meaning ({@link StorySettings#recapWithMeaning()}) brings the filing in
     * too, by the story's heaviest words it repeats: only with both off does it stay out.
     */
    @Test
    void withoutThisJoinAndTheRecapOneTheFilingStartsAStoryOfItsOwn() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(),
                StorySettings.defaults().withMeaningWithWords(false).withRecapWithMeaning(false));
        String halt = read(engine, HALT);
        read(engine, "07-merriwind-rewrite-wire-brief-halt.txt");
        read(engine, "14-merriwind-rewrite-what-we-know.txt");
        assertThat(engine.resolve(read(engine, FILING))).isNotEqualTo(engine.resolve(halt));
    }

    private static String read(StoryEngine engine, String file) throws IOException {
        return StoryFixtures.readLive(engine, SET, file);
    }
}
