package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
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
}
