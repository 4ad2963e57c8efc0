package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab's report of an outbreak leads with words no story has seen ("Serogruppe Grippotyphosa: Landesinstitut weist
 * Leptospiren ... nach"), which fill its lookup terms; the story's own names come further down ("am Tannmoos-Triathlon
 * in Gerzenried"). The article's other terms still bring the story in as a candidate (blind set 68, German).
 */
class OtherTermCandidatesTest {
    private static final Path SET = Path.of("src", "test", "resources", "story", "followups-heldout68");

    @Test
    void labReportInNewWordsFindsItsOutbreakThroughTheRestOfItsLead() throws IOException {
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        String outbreak = read(engine, "04-lepto-00-triathlon-erkrankungen-tannmooser-see.txt");
        String lab = read(engine, "12-lepto-dev-labor-bestaetigt-serovar.txt");
        // a norovirus outbreak at a nursery in the same town, a week later: another event on the same ground
        String nursery = read(engine, "31-kita-00-noroviren-kita-gerzenried.txt");
        assertThat(engine.resolve(lab)).isEqualTo(engine.resolve(outbreak));
        assertThat(engine.resolve(nursery)).isNotEqualTo(engine.resolve(outbreak));
    }

    private static String read(StoryEngine engine, String file) throws IOException {
        return StoryFixtures.readLive(engine, SET, file);
    }
}
