package io.wirewatch.stream.dedup;

import io.wirewatch.common.Ids;
import io.wirewatch.common.model.RawArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures under {@code src/test/resources/dedup/}: the five seeds and the syndicated copy. */
final class Fixtures {
    static final List<String> SEEDS = List.of("000_bd6ebc6ce77eed67.txt", "001_f5336899167f502f.txt",
            "002_2f5c82e7a28ade46.txt", "003_5f26596e7c0a6ca3.txt", "004_4a82e650097df441.txt");
    static final String SYNDICATED = "syndicated-copy-of-seed-002.txt";

    private Fixtures() {
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dedup/" + path)) {
            if (in == null) throw new IllegalStateException("missing test resource dedup/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(int i) {
        return resource("seeds/" + SEEDS.get(i));
    }

    static RawArticle seedArticle(int i, Instant at) {
        String body = seed(i);
        String title = body.lines().findFirst().orElse("").strip();
        title = title.length() > 90 ? title.substring(0, 90) : title;
        return raw("https://signaldesk.example/briefings/" + SEEDS.get(i).replace(".txt", ""), "SignalDesk",
                title, body, at, "seeds/" + SEEDS.get(i));
    }

    /** A file with a header block (Title, URL, Source, Published), a blank line, then the body. */
    static RawArticle headerFile(String path, Instant at) {
        String text = resource(path);
        int split = text.indexOf("\n\n");
        String title = "", url = null, source = "";
        Instant published = null;
        for (String line : text.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "Title" -> title = value;
                case "URL" -> url = value;
                case "Source" -> source = value;
                case "Published" -> published = Instant.parse(value);
                default -> { }
            }
        }
        RawArticle r = raw(url, source, title, text.substring(split + 2), at, path);
        return new RawArticle(r.id(), r.input(), r.source(), r.url(), r.canonicalUrl(), r.fetchedAt(), published,
                null, r.title(), r.body(), null, "en", null, "txt", null);
    }

    static RawArticle raw(String url, String source, String title, String body, Instant at, String input) {
        String id = Ids.shortId("url", Ids.canonicalUrl(url));
        return new RawArticle(id, input, source, url, null, at, null, null, title, body, null, "en", null,
                "txt", null);
    }

    /** Paragraphs of a body (blank-line or line separated, as the seeds are). */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\n")) {
            if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }
}
