package io.wirewatch.common.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {

    @Test
    void parsesFieldsPhrasesAndPrecedence() {
        Query q = QueryParser.parse("entity:\"Andy Jassy\" AND (strike OR \"labour dispute\") NOT topic:sport");
        assertThat(q.toString()).isEqualTo("entity:\"andy jassy\" AND (strike OR \"labour dispute\") AND NOT topic:sport");
    }

    @Test
    void orBindsLooserThanImplicitAnd() {
        assertThat(QueryParser.parse("a b OR c").toString()).isEqualTo("a AND b OR c");
        assertThat(QueryParser.parse("a (b OR c)").toString()).isEqualTo("a AND (b OR c)");
    }

    @Test
    void operatorsAreCaseInsensitiveButQuotedOperatorsAreWords() {
        assertThat(QueryParser.parse("apple and not orange").toString()).isEqualTo("apple AND NOT orange");
        assertThat(QueryParser.parse("rock \"and\" roll").toString()).isEqualTo("rock AND and AND roll");
    }

    @Test
    void topicAcceptsQcodeBareNumberAndLabel() {
        assertThat(QueryParser.parse("topic:medtop:11000000")).isEqualTo(new Query.Field(FieldKind.TOPIC, "medtop:11000000"));
        assertThat(QueryParser.parse("topic:MEDTOP:11000000")).isEqualTo(new Query.Field(FieldKind.TOPIC, "medtop:11000000"));
        assertThat(QueryParser.parse("topic:11000000")).isEqualTo(new Query.Field(FieldKind.TOPIC, "medtop:11000000"));
        assertThat(QueryParser.parse("topic:\"Labour Strike\"")).isEqualTo(new Query.Field(FieldKind.TOPIC, "labour strike"));
    }

    @Test
    void wordWithPunctuationBecomesPhraseOfItsTokens() {
        assertThat(QueryParser.parse("AT&T")).isEqualTo(new Query.Terms(java.util.List.of("at", "t")));
        assertThat(QueryParser.parse("covid-19").toString()).isEqualTo("\"covid 19\"");
    }

    @Test
    void fieldValueMayFollowAfterSpaceAndCurlyQuotesWork() {
        assertThat(QueryParser.parse("entity: \u201CAndy Jassy\u201D")).isEqualTo(new Query.Field(FieldKind.ENTITY, "andy jassy"));
    }

    @Test
    void typeAndLangAreNormalised() {
        assertThat(QueryParser.parse("type:ORG")).isEqualTo(new Query.Field(FieldKind.TYPE, "organization"));
        assertThat(QueryParser.parse("lang:en_GB")).isEqualTo(new Query.Field(FieldKind.LANG, "en-gb"));
        assertThat(QueryParser.parse("source:www.BBC.co.uk")).isEqualTo(new Query.Field(FieldKind.SOURCE, "bbc co uk"));
    }

    @Test
    void colonInPlainTextIsNotAField() {
        assertThat(QueryParser.parse("10:30").toString()).isEqualTo("\"10 30\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(strike OR walkout                  | expected ')' at column 19: the '(' at column 1 is not closed",
            "(strike OR walkout entity           | expected ')' at column 26",
            "strike OR                           | expected a search term at column 10",
            "strike AND                          | expected a search term at column 11",
            "NOT                                 | expected a search term at column 4",
            "strike )                            | unexpected ')' at column 8: there is no '(' for it to close",
            "AND strike                          | unexpected operator 'AND' at column 1",
            "strike OR OR walkout                | unexpected operator 'OR' at column 11",
            "()                                  | empty parentheses at column 2",
            "\"labour strike                     | unterminated quote (missing closing '\"') starting at column 1",
            "entity:                             | missing value after 'entity:' at column 8",
            "entity: AND x                       | missing value after 'entity:' at column 9",
            "title:strike                        | unknown field 'title' at column 1",
            "topic:medtop:123                    | bad Media Topic code 'medtop:123' at column 7",
            "type:\"big company\"                | bad entity type 'big company' at column 6",
            "lang:english1                       | bad language 'english1' at column 6",
            "entity:\"!!\"                       | empty value at column 8",
            "\"  \"                              | empty phrase at column 1",
            "strike &                            | '&' has no letters or digits to search for at column 8",
    })
    void malformedQueriesNameTheColumn(String query, String message) {
        assertThatThrownBy(() -> QueryParser.parse(query.strip()))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageStartingWith(message.strip());
    }

    @Test
    void emptyQueryIsRefused() {
        assertThatThrownBy(() -> QueryParser.parse("   ")).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("empty query at column 1");
    }

    @Test
    void pointerDrawsCaretUnderProblem() {
        QuerySyntaxException e = (QuerySyntaxException) org.assertj.core.api.Assertions.catchThrowable(
                () -> QueryParser.parse("a AND (b OR"));
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.pointer()).isEqualTo("a AND (b OR\n           ^");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "(".repeat(5_000) + "x" + ")".repeat(5_000);
        assertThatThrownBy(() -> QueryParser.parse(deep)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("query too long");
        String nested = "(".repeat(100) + "x" + ")".repeat(100);
        assertThatThrownBy(() -> QueryParser.parse(nested)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("nested too deeply");
        String nots = "NOT ".repeat(500) + "x";
        assertThatThrownBy(() -> QueryParser.parse(nots)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("nested too deeply");
    }
}
