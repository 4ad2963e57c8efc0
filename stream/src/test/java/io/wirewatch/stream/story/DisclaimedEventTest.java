package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static io.wirewatch.stream.story.StoryFixtures.replay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another event on a story's own ground (three empty cars off the track in the same railway's yard, in the same town,
 * five days after its freight train derailed) shares the story's names, words and meaning; its reporter says it is
 * unrelated, and that keeps it apart ({@link Disclaimers}). Fixtures: {@code story/disclaimer/SOURCE.md}. The real
 * model is used, as the topology uses it.
 */
class DisclaimedEventTest {
    private static final Path FIXTURES = Path.of("src/test/resources/story/disclaimer");

    @Test
    void eventThatSaysItIsUnrelatedStartsAStoryOfItsOwn() throws IOException {
        Map<String, String> story = replay(FIXTURES, StorySettings.defaults());
        String derailment = story.get("01-derail-00-freight-train-derails-at-tolland.txt");
        assertThat(story.get("02-derail-dev-broken-rail-found.txt")).as("the cracked weld").isEqualTo(derailment);
        assertThat(story.get("03-yard-00-cars-derail-in-tolland-yard.txt")).as("the yard derailment").isNotEqualTo(derailment);
    }

    @Test
    void withoutTheDisclaimersTheYardDerailmentJoinsTheStory() throws IOException {
        Map<String, String> story = replay(FIXTURES, StorySettings.defaults().withDisclaimers(false));
        assertThat(story.get("03-yard-00-cars-derail-in-tolland-yard.txt"))
                .isEqualTo(story.get("01-derail-00-freight-train-derails-at-tolland.txt"));
    }
}
