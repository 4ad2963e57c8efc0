package io.wirewatch.common.query;

import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.TopicTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class QueryMatchingTest {
    static TopicHierarchy iptc;
    static MatchView strike;

    @BeforeAll
    static void load() throws IOException {
        iptc = TopicHierarchy.fromTsv(new InputStreamReader(Objects.requireNonNull(
                QueryMatchingTest.class.getResourceAsStream("/query/medtop-sample.tsv")), StandardCharsets.UTF_8));
        String text;
        try (var in = QueryMatchingTest.class.getResourceAsStream("/query/strike-article.txt")) {
            text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        int nl = text.indexOf('\n');
        strike = MatchView.of(new Matchable(text.substring(0, nl), text.substring(nl + 1),
                List.of(new Entity("Unite", "ORGANIZATION", 3, 0.8, List.of("Unite the Union")),
                        new Entity("Hutchison Ports", "ORGANIZATION", 2, 0.5, List.of()),
                        new Entity("Sharon Graham", "PERSON", 1, 0.3, List.of("Graham")),
                        new Entity("Felixstowe", "LOCATION")),
                List.of(new TopicTag("medtop:20000530", "labour strike", 0.9)),
                "Reuters", "en-GB"), iptc);
    }

    private static boolean matches(String q) {
        return QueryParser.parse(q).matches(strike);
    }

    @Test
    void wordsMatchWholeWordsCaseInsensitively() {
        assertThat(matches("strike")).isTrue();
        assertThat(matches("STRIKE felixstowe")).isTrue();
        assertThat(matches("strik")).isFalse();
        assertThat(matches("port")).isTrue();
        assertThat(matches("ports")).isTrue();
        assertThat(matches("sport")).isFalse();
    }

    @Test
    void possessivesAndCurlyQuotesDoNotHideWords() {
        assertThat(matches("dockworkers")).isTrue();
        assertThat(matches("britain")).isTrue();
        assertThat(matches("disappointed")).isTrue();
    }

    @Test
    void phrasesMustBeConsecutiveEvenAcrossLineBreaks() {
        assertThat(matches("\"busiest container port\"")).isTrue();
        assertThat(matches("\"walk out on monday\"")).isTrue();
        assertThat(matches("\"container busiest\"")).isFalse();
        assertThat(matches("\"48 hour strike\"")).isTrue();
    }

    @Test
    void phraseDoesNotSpanTitleAndBody() {
        // title ends "... at Felixstowe", body starts "FELIXSTOWE, England"
        assertThat(matches("\"felixstowe felixstowe\"")).isFalse();
    }

    @Test
    void booleanOperatorsCombine() {
        assertThat(matches("strike AND NOT sport")).isTrue();
        assertThat(matches("strike AND NOT union")).isFalse();
        assertThat(matches("football OR walkout OR felixstowe")).isTrue();
        assertThat(matches("(football OR tennis) AND strike")).isFalse();
        assertThat(matches("NOT (football OR tennis)")).isTrue();
    }

    @Test
    void entityMatchesCanonicalNameOrAliasNotPartialName() {
        assertThat(matches("entity:\"Sharon Graham\"")).isTrue();
        assertThat(matches("entity:graham")).isTrue();
        assertThat(matches("entity:\"unite the union\"")).isTrue();
        assertThat(matches("entity:Hutchison")).isFalse();
        assertThat(matches("entity:Felixstowe")).isTrue();
    }

    @Test
    void typeMatchesEntityType() {
        assertThat(matches("type:PERSON")).isTrue();
        assertThat(matches("type:org")).isTrue();
        assertThat(matches("type:PRODUCT")).isFalse();
    }

    @Test
    void topicMatchesItselfAndEveryAncestorByCodeOrLabel() {
        assertThat(matches("topic:\"labour strike\"")).isTrue();
        assertThat(matches("topic:medtop:20000530")).isTrue();
        assertThat(matches("topic:\"labour dispute\"")).isTrue();
        assertThat(matches("topic:medtop:09000000")).isTrue();
        assertThat(matches("topic:labour")).isTrue();
        assertThat(matches("topic:\"Labour Relations\"")).isTrue();
        assertThat(matches("topic:sport")).isFalse();
        assertThat(matches("topic:15000000")).isFalse();
        assertThat(matches("NOT topic:sport")).isTrue();
    }

    @Test
    void topicWithoutHierarchyMatchesOnlyItsOwnCodeAndLabel() {
        MatchView flat = MatchView.of(new Matchable("t", "b", List.of(),
                List.of(new TopicTag("medtop:20000530", "labour strike", 0.9)), "", ""), TopicHierarchy.NONE);
        assertThat(QueryParser.parse("topic:\"labour strike\"").matches(flat)).isTrue();
        assertThat(QueryParser.parse("topic:labour").matches(flat)).isFalse();
    }

    @Test
    void sourceAndLangMatchCaseInsensitively() {
        assertThat(matches("source:reuters")).isTrue();
        assertThat(matches("source:\"Reuters\" lang:en")).isTrue();
        assertThat(matches("lang:en-gb")).isTrue();
        assertThat(matches("lang:en-us")).isFalse();
        assertThat(matches("lang:de")).isFalse();
        assertThat(matches("source:bbc")).isFalse();
    }

    @Test
    void hostSourcesMatchWithOrWithoutWww() {
        MatchView v = MatchView.of(new Matchable("t", "b", List.of(), List.of(), "www.bbc.co.uk", "en"), TopicHierarchy.NONE);
        assertThat(QueryParser.parse("source:bbc.co.uk").matches(v)).isTrue();
        assertThat(QueryParser.parse("source:www.bbc.co.uk").matches(v)).isTrue();
        assertThat(QueryParser.parse("source:co.uk").matches(v)).isFalse();
    }

    @Test
    void foldingUsesRootLocaleAndUnicodeCompatibility() {
        MatchView v = MatchView.of(new Matchable("İSTANBUL ﬁnance ministry", "", List.of(), List.of(), "", ""),
                TopicHierarchy.NONE);
        assertThat(QueryParser.parse("finance").matches(v)).isTrue();
        assertThat(QueryParser.parse("ministry").matches(v)).isTrue();
    }
}
