package io.wirewatch.common.query;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query in the Examples table of docs/query-language.md parses, and the documented error is the real one. */
class DocumentedExamplesTest {
    private static final Path DOC = Path.of("..", "docs", "query-language.md");

    @Test
    void everyExampleQueryParses() throws Exception {
        String doc = Files.readString(DOC);
        String examples = doc.substring(doc.indexOf("## Examples"), doc.indexOf("## Errors"));
        Matcher m = Pattern.compile("^\\| `(.+?)` \\|", Pattern.MULTILINE).matcher(examples);
        List<String> queries = new ArrayList<>();
        while (m.find()) queries.add(m.group(1));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(6);
        for (String q : queries) {
            assertThat(QueryParser.parse(q)).as(q).isNotNull();
        }
    }

    @Test
    void documentedErrorExampleIsWhatTheParserSays() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc).contains("expected ')' at column 19: the '(' at column 1 is not closed");
        assertThatThrownBy(() -> QueryParser.parse("(strike OR walkout"))
                .hasMessage("expected ')' at column 19: the '(' at column 1 is not closed");
    }
}
