package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.wirewatch.stream.story.StoryFixtures.article;
import static io.wirewatch.stream.story.StoryFixtures.cosine;
import static io.wirewatch.stream.story.StoryFixtures.replay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same company's next event shares the story's names, place and much of its meaning as the model reads it; with
 * the names and figures masked ({@link NameMask}) what happened is left, and that tells the events apart. Fixtures
 * (a plant fire, its two developments told in other words, the company's pay deal and an older leak's fine):
 * {@code story/action/SOURCE.md}. The real model is used, as the topology uses it.
 */
class SameActorOtherEventTest {
    private static final Path FIXTURES = Path.of("src/test/resources/story/action");

    @Test
    void sameCompanysOtherEventsStartStoriesOfTheirOwn() throws IOException {
        Map<String, String> story = replay(FIXTURES, StorySettings.defaults());
        String fire = story.get("01-fire-00-plant-fire.txt");
        assertThat(story.get("02-fire-dev-pump-blamed.txt")).as("the cause found").isEqualTo(fire);
        assertThat(story.get("05-fire-dev-chief-resigns.txt")).as("the resignation").isEqualTo(fire);
        assertThat(story.get("03-paydeal-00-staff-accept-pay-deal.txt")).as("the pay deal").isNotEqualTo(fire);
        assertThat(story.get("04-leakfine-00-fined-over-chlorine-leak.txt")).as("the older leak's fine").isNotEqualTo(fire);
    }

    @Test
    void withoutTheMaskedFloorTheCompanysOtherEventsJoinTheFire() throws IOException {
        Map<String, String> story = replay(FIXTURES, StorySettings.defaults().withActionMinSimilarity(-1));
        String fire = story.get("01-fire-00-plant-fire.txt");
        assertThat(List.of(story.get("03-paydeal-00-staff-accept-pay-deal.txt"),
                story.get("04-leakfine-00-fined-over-chlorine-leak.txt"))).contains(fire);
    }

    @Test
    void maskedMeaningSeparatesWhatTheWholeLeadDoesNot() throws IOException {
        StoryEmbedder model = StoryEmbedder.shared();
        StorySettings defaults = StorySettings.defaults();
        Article fire = article(FIXTURES, "01-fire-00-plant-fire.txt");
        for (String development : List.of("02-fire-dev-pump-blamed.txt", "05-fire-dev-chief-resigns.txt")) {
            assertThat(cosine(model.actionOrNull(article(FIXTURES, development)), model.actionOrNull(fire))).as(development)
                    .isGreaterThanOrEqualTo(defaults.actionMinSimilarity());
        }
        for (String other : List.of("03-paydeal-00-staff-accept-pay-deal.txt", "04-leakfine-00-fined-over-chlorine-leak.txt")) {
            // read whole, the other event passes the meaning floor: the company, the town and the fire are in it ...
            assertThat(cosine(model.embed(article(FIXTURES, other)), model.embed(fire))).as(other)
                    .isGreaterThanOrEqualTo(defaults.embeddingMinSimilarity());
            // ... masked, a pay deal or a fine reads nothing like a fire
            assertThat(cosine(model.actionOrNull(article(FIXTURES, other)), model.actionOrNull(fire))).as(other)
                    .isLessThan(defaults.actionMinSimilarity());
        }
    }

    @Test
    void otherLanguagesHaveNoMaskedEmbedding() {
        Article german = new Article("de", "de", "test", null, null, Instant.EPOCH, null, null, "Brand im Werk",
                "Ein Brand im Chemiewerk zwang 300 Haushalte, ihre Wohnungen zu verlassen.", null, "de", null, "fp", 1,
                List.of(), List.of(), null);
        assertThat(StoryEmbedder.shared().actionOrNull(german)).isNull();
    }
}
