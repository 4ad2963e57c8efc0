package io.wirewatch.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints {@code id<TAB>language} for each page of an extraction ground-truth file ({@code articleBody} per id), as
 * this module's detector tags the body ({@code -} when unsure). The story evaluations run in the stream module,
 * which does not depend on ingest; they read this output so that their articles carry the language the pipeline
 * would give them (the story stage embeds English articles only). Reproduce
 * {@code stream/src/test/resources/story/benchmark-languages.tsv}:
 * {@code scripts/run-class ingest io.wirewatch.ingest.extract.PageLanguages ingest/src/test/resources/extraction/ground-truth.json}.
 */
public final class PageLanguages {
    private PageLanguages() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode pages = JsonSerde.MAPPER.readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.println("# id\tlanguage (ISO 639-1 from io.wirewatch.ingest.extract.LanguageDetection on articleBody; - when unsure)");
        for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            String lang = LanguageDetection.detect(page.getValue().path("articleBody").asText(""));
            System.out.println(page.getKey() + "\t" + (lang == null ? "-" : lang));
        }
    }
}
