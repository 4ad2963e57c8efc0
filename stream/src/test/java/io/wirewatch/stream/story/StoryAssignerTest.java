package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Entity;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryAssignerTest {
    @Test
    void leadFromAPrefixIsTheLeadOfTheWholeBody() throws Exception {
        StringBuilder all = new StringBuilder();
        for (var f : PlainTextArticles.list(StoryTopologyTest.SEEDS)) {
            String body = Files.readString(f);
            List<String> whole = TextFeatures.terms(body);
            assertThat(StoryAssigner.leadTerms(body))
                    .isEqualTo(whole.subList(0, Math.min(StoryAssigner.LEAD_TERMS, whole.size())));
            all.append(body).append('\n');
        }
        // a long text of mostly stopwords needs several doublings of the prefix
        String sparse = "the of and to in a ".repeat(2_000) + all;
        List<String> whole = TextFeatures.terms(sparse);
        assertThat(StoryAssigner.leadTerms(sparse)).isEqualTo(whole.subList(0, StoryAssigner.LEAD_TERMS));
        assertThat(StoryAssigner.leadTerms("Short body, few words.")).isEqualTo(TextFeatures.terms("Short body, few words."));
    }

    @Test
    void headlineOnlyItemCarriesNoEntityFeatures() {
        Article headline = article("Google builds photo albums from holiday pictures",
                "Google builds photo albums from holiday pictures", List.of(new Entity("Google", "ORGANIZATION", 2, 1.0, List.of())));
        assertThat(StoryAssigner.vector(headline)).doesNotContainKey("@google").containsKey(TextFeatures.terms("Google").get(0));
        assertThat(StoryAssigner.shortItem(StoryAssigner.vector(headline))).isTrue();

        String lead = "Google said on Tuesday that its photo service will now assemble albums, short films and "
                + "slideshows from the pictures people take on holiday, choosing the best shots, adding maps of the "
                + "places visited and captions with dates, and offering to share the result with friends and family.";
        Article full = article("Google builds photo albums from holiday pictures", lead,
                List.of(new Entity("Google", "ORGANIZATION", 2, 0.9, List.of())));
        assertThat(StoryAssigner.shortItem(StoryAssigner.vector(full))).isFalse();
        assertThat(StoryAssigner.vector(full)).containsKey("@google");
    }

    @Test
    void nameTermsAreTheStemsOfTheEntityNames() {
        Article a = article("Howard Lutnick visits Tokyo", "Howard Lutnick visits Tokyo",
                List.of(new Entity("Howard Lutnick", "PERSON", 1, 1.0, List.of())));
        assertThat(StoryAssigner.nameTerms(a)).containsExactlyInAnyOrderElementsOf(TextFeatures.terms("Howard Lutnick"));
    }

    private static Article article(String title, String body, List<Entity> entities) {
        return new Article("a", "a", "", null, null, Instant.EPOCH, null, null, title, body, null, "en", null,
                TextNormalizer.fingerprint(body), 1, entities, List.of(), null);
    }
}
