package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GermanCompoundsTest {
    @Test
    void compoundIsFollowedByTheWordsItIsMadeOf() {
        assertThat(GermanCompounds.split(List.of("Das", "Schleusentor", "brach")))
                .containsExactly("Das", "Schleusentor", "Schleusen", "tor", "brach");
        assertThat(GermanCompounds.split(List.of("Tankmotorschiff")))
                .containsExactly("Tankmotorschiff", "Tank", "motor", "schiff");
    }

    @Test
    void hyphenatedWordIsSplitAtItsHyphensAndShortPiecesAreLeftOut() {
        assertThat(GermanCompounds.split(List.of("Q-Fieber-Ausbruch")))
                .containsExactly("Q-Fieber-Ausbruch", "Fieber", "Ausbruch");
    }

    @Test
    void shortWordsNamesAndFiguresStayWhole() {
        for (String word : List.of("Polizei", "Erdfall", "Lührsdorf", "2036", "3,8-Kilometer")) {
            assertThat(GermanCompounds.split(List.of(word))).first().isEqualTo(word);
        }
        assertThat(GermanCompounds.split(List.of("Polizei", "Lührsdorf"))).containsExactly("Polizei", "Lührsdorf");
    }

    @Test
    void germanTermsOfACompoundShareTheStemsOfItsParts() {
        List<String> story = ForeignTerms.of("de").apply("Das Tor der Schleuse hat nachgegeben");
        List<String> report = ForeignTerms.of("de").apply("Gutachten zum Schleusentor");
        assertThat(report).containsAll(story.stream().filter(t -> t.startsWith("schleus") || t.equals("tor")).toList());
        assertThat(story).contains("tor", "schleus");
    }

    @Test
    void otherLanguagesAreNotSplit() {
        assertThat(ForeignTerms.of("nl").apply("Sluisdeur")).hasSize(1);
    }

    /**
     * A cable car stopped with 210 people aboard, then the prosecutor's inquiry ("Staatsanwaltschaft ermittelt") and the
     * safety board's interim report on the drive ("Umrichter", "Notantrieb"): told in their compounds, they share the
     * story's words only once split ("Gondelbahn" / "Bahn", "Seilbahnunglück"). Blind set 61, read live; before the
     * compounds were split both started stories of their own.
     */
    @Test
    void prosecutorsInquiryAndInterimReportInGermanJoinTheirStory() throws IOException {
        Path set = Path.of("src", "test", "resources", "story", "followups-heldout61");
        StoryEngine engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        String story = StoryFixtures.readLive(engine, set, "04-greitberg-00-stillstand-gondelbahn-210-geborgen.txt");
        String inquiry = StoryFixtures.readLive(engine, set, "10-greitberg-dev-staatsanwaltschaft-ermittelt.txt");
        StoryFixtures.readLive(engine, set, "14-greitberg-rewrite-fragen-antworten-stillstand.txt");
        String report = StoryFixtures.readLive(engine, set, "22-greitberg-dev-zwischenbericht-umrichter-notantrieb.txt");
        assertThat(engine.resolve(inquiry)).isEqualTo(engine.resolve(story));
        assertThat(engine.resolve(report)).isEqualTo(engine.resolve(story));
    }
}
