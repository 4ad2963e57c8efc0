package io.wirewatch.stream.story;

import io.wirewatch.common.Ids;
import io.wirewatch.common.LanguageDetection;
import io.wirewatch.common.TextFileHeader;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles from text files: with a header block ({@link TextFileHeader}: Title, URL, Source, Published, as the blind
 * sets have) its title and the text after it; without one (the seeds' format) the first non-blank line is the title
 * and the rest is the body. Used by the evaluations; the pipeline's own ingest reads files itself.
 */
public final class PlainTextArticles {
    /**
     * Title and body of one file, and when its header gives one, its publication time (null when it gives none or one
     * that does not parse).
     */
    public record Text(String name, String title, String body, Instant published) {
        public Text(String name, String title, String body) {
            this(name, title, body, null);
        }
    }

    private PlainTextArticles() {
    }

    public static Text read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Text parse(String name, String raw) {
        String text = TextNormalizer.normalise(raw);
        TextFileHeader h = TextFileHeader.parse(text);
        if (h.header()) {
            // the blind sets' files carry a Title/URL/Source/Published block, as ingest reads it
            String title = h.title() == null ? "" : h.title().strip();
            String b = h.body().strip();
            return new Text(name, title, b.isEmpty() ? title : b, TextFileHeader.parseTime(h.published()));
        }
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        String title = i < lines.length ? lines[i].strip() : "";
        StringBuilder body = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) body.append(lines[j]).append('\n');
        String b = body.toString().strip();
        return new Text(name, title, b.isEmpty() ? title : b);
    }

    /** The .txt files of a directory in file-name order. */
    public static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * An article as normalisation would make it, with an id derived from the file name and the language ingest would
     * give the file ({@link LanguageDetection} on its body; none when unsure): the story stage reads each language
     * with its own function words and stemmer and embeds English only, so an evaluation that took every file for
     * English would measure another stage than the one that runs.
     */
    public static Article article(Text t, Instant time) {
        return article(t, time, time);
    }

    /** As {@link #article(Text, Instant)}, read at {@code time} and published at {@code published}. */
    public static Article article(Text t, Instant time, Instant published) {
        String fp = TextNormalizer.fingerprint(t.body());
        return new Article(Ids.shortId("file", t.name()), t.name(), "", null, null, time, published, null, t.title(),
                t.body(), null, LanguageDetection.detect(t.body()), null, fp, 1, null, null, null);
    }
}
