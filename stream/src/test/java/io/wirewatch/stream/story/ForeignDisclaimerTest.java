package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bronze figure stolen from a spa park in the same German town, a week after a meteorite was taken from its natural
 * history museum: same town, same police, same kind of night-time theft, and it dates the museum break-in in the
 * sentence after saying the police see no link ("Einen Zusammenhang mit dem Einbruch in das Naturkundemuseum vor knapp
 * einer Woche sieht die Polizei allerdings nicht"). Read in German, that disclaimer keeps it out of the museum's story
 * (blind set 79; {@link Disclaimers}).
 */
class ForeignDisclaimerTest {
    private static final Path SET = Path.of("src", "test", "resources", "story", "followups-heldout79");
    private static final String MUSEUM = "09-meteorit-00-einbruch-naturkundemuseum-hohenried.txt";
    private static final String ARRESTS = "22-meteorit-dev-festnahmen-haftbefehle.txt";
    private static final String BRONZE = "31-bronze-00-bronzefigur-kurpark-gestohlen.txt";
    private static final String BACKGROUND = "37-meteorit-rewrite-hintergrund-eine-woche-danach.txt";

    @Test
    void germanTheftThatDisclaimsTheMuseumBreakInStartsAStoryOfItsOwn() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        String museum = read(engine, MUSEUM);
        String arrests = read(engine, ARRESTS);
        String bronze = read(engine, BRONZE);
        String background = read(engine, BACKGROUND);
        assertThat(engine.resolve(arrests)).as("the arrests").isEqualTo(engine.resolve(museum));
        assertThat(engine.resolve(background)).as("a week on").isEqualTo(engine.resolve(museum));
        assertThat(engine.resolve(bronze)).as("the bronze figure").isNotEqualTo(engine.resolve(museum));
    }

    @Test
    void withoutTheDisclaimersTheBronzeTheftJoinsTheMuseumStory() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults().withDisclaimers(false));
        String museum = read(engine, MUSEUM);
        read(engine, ARRESTS);
        String bronze = read(engine, BRONZE);
        assertThat(engine.resolve(bronze)).isEqualTo(engine.resolve(museum));
    }

    private static String read(StoryEngine engine, String file) throws IOException {
        return StoryFixtures.readLive(engine, SET, file);
    }
}
