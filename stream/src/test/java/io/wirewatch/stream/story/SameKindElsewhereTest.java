package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static io.wirewatch.stream.story.StoryFixtures.article;
import static io.wirewatch.stream.story.StoryFixtures.cosine;
import static io.wirewatch.stream.story.StoryFixtures.replay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same kind of event at another place has the story's words and meaning, with names masked or not; what tells it
 * apart is whose event its first lines name ({@link LeadNames}). Fixtures (a norovirus outbreak at one hospital, its
 * development, the same kind of outbreak at another hospital, meaning 0.69 against the story's first report):
 * {@code story/elsewhere/SOURCE.md}. The real model is used, as the topology uses it. A look-alike whose lead reads as
 * close as a retelling (0.7 and more, {@code story.embedding.join.long}) is not held to the names: on the benchmark
 * pages that closeness marks one event reported from elsewhere (0.74-0.87), and a report templated on the story's
 * (the first draft of this fixture's look-alike, 0.84) joins it.
 */
class SameKindElsewhereTest {
    private static final Path FIXTURES = Path.of("src/test/resources/story/elsewhere");

    @Test
    void sameKindOfEventAtAnotherPlaceStartsAStoryOfItsOwn() throws IOException {
        Map<String, String> story = replay(FIXTURES, StorySettings.defaults());
        String outbreak = story.get("01-story-00-outbreak.txt");
        assertThat(story.get("02-story-dev-reopen.txt")).as("the wards reopen").isEqualTo(outbreak);
        assertThat(story.get("03-elsewhere-00-outbreak.txt")).as("another hospital's outbreak").isNotEqualTo(outbreak);
    }

    @Test
    void withoutTheNamesOfTheFirstLinesItJoinsTheStory() throws IOException {
        Map<String, String> story = replay(FIXTURES, StorySettings.defaults().withLeadNames(false));
        assertThat(story.get("03-elsewhere-00-outbreak.txt")).isEqualTo(story.get("01-story-00-outbreak.txt"));
    }

    @Test
    void wordsMeaningAndMaskedMeaningDoNotSeparateIt() throws IOException {
        StoryEmbedder model = StoryEmbedder.shared();
        StorySettings defaults = StorySettings.defaults();
        Article story = article(FIXTURES, "01-story-00-outbreak.txt");
        Article elsewhere = article(FIXTURES, "03-elsewhere-00-outbreak.txt");
        assertThat(cosine(model.embed(elsewhere), model.embed(story))).isGreaterThanOrEqualTo(defaults.embeddingMinSimilarity());
        assertThat(cosine(model.actionOrNull(elsewhere), model.actionOrNull(story))).isGreaterThanOrEqualTo(defaults.actionMinSimilarity());
        BackgroundFrequencies background = BackgroundFrequencies.shipped();
        assertThat(LeadNames.of(story.title(), story.body(), background)).contains("marshfield");
        assertThat(LeadNames.of(elsewhere.title(), elsewhere.body(), background)).contains("rowley").doesNotContain("marshfield");
    }
}
