package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles in a language the stream rarely sees share that language's function words and little else; those words
 * are rare in a mostly English stream and so weigh heavily. Fixtures: {@code story/function-words/README.md}.
 */
class ForeignFunctionWordsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/story/function-words");

    @Test
    void unrelatedArticlesInOneLanguageDoNotJoinByFunctionWords() throws Exception {
        List<AlertEvaluation.Row> rows = AlertEvaluation.replay(Path.of("../seeds"), FIXTURES, StorySettings.defaults());
        Map<String, String> story = rows.stream().collect(Collectors.toMap(AlertEvaluation.Row::name, AlertEvaluation.Row::storyId));
        for (String lang : List.of("af", "mk", "sl", "sr", "sw", "vi")) {
            assertThat(story.get(lang + "-2-budget.txt")).as(lang + ": the council budget's story")
                    .isNotNull().isNotEqualTo(story.get(lang + "-1-fire.txt"));
        }
    }

    @Test
    void languagesLuceneHasNoListForTakeStopwordsIsos() {
        assertThat(ForeignTerms.of("af").apply("die brand het by die fabriek uitgebreek")).doesNotContain("die", "het", "by");
        assertThat(ForeignTerms.of("sl").apply("požar je v tovarni in na cesti")).hasSize(3);
        assertThat(ForeignTerms.of("sw").apply("moto katika kiwanda cha samani na")).hasSize(3);
        assertThat(ForeignTerms.of("vi").apply("của các được những trong cháy")).hasSize(1);
        // Hebrew has a stemmer here: its function words are left out before the stemmer reads the rest
        assertThat(ForeignTerms.of("he").apply("של על השריפה")).hasSize(1);
    }

    @Test
    void macedonianTakesOurOwnList() {
        assertThat(ForeignTerms.of("mk").apply("пожар во фабриката за мебел дека ќе се")).hasSize(3);
        assertThat(ForeignStopwords.words("mk")).contains("на", "во", "дека", "ќе");
    }

    @Test
    void luceneListsStillComeFirst() {
        // Persian is in both: Lucene's list is the one read, as before
        assertThat(ForeignStopwords.words("fa"))
                .isEqualTo(ForeignStopwords.words("fa-IR")).contains("در").doesNotContain("آباد");
        assertThat(ForeignStopwords.words("en")).isEmpty();
    }
}
