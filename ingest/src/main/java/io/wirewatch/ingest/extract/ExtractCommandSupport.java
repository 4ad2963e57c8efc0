package io.wirewatch.ingest.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The body of {@code wirewatch extract PATH... [--out FILE]}: every {@code .html} / {@code .html.gz}
 * file given, or found (recursively, sorted) in a directory given, is extracted and written as one JSON
 * object keyed by file name without {@code .html}/{@code .html.gz}. Each value has {@code url} (when
 * the page names it), {@code title}, {@code articleBody}, {@code byline}, {@code published},
 * {@code modified}, {@code language}, {@code canonicalUrl}; dates are ISO-8601 strings, unknown values
 * null. Files are decoded with {@link HtmlDecoder} (no HTTP header for local files).
 */
public final class ExtractCommandSupport {
    private ExtractCommandSupport() {
    }

    /** Extracts all pages under the paths and writes the JSON object to out (not closed). */
    public static int extractToJson(List<Path> paths, OutputStream out) throws IOException {
        return extractToJson(paths, out, ArticleExtractor.defaultExtractor());
    }

    /** @return the number of pages written */
    public static int extractToJson(List<Path> paths, OutputStream out, ArticleExtractor extractor) throws IOException {
        List<Path> files = htmlFiles(paths);
        JsonGenerator gen = JsonSerde.MAPPER.getFactory().createGenerator(out);
        gen.useDefaultPrettyPrinter();
        gen.writeStartObject();
        for (Path f : files) {
            ExtractedArticle a = extract(f, extractor);
            gen.writeFieldName(key(f));
            JsonSerde.MAPPER.writeTree(gen, toJson(a));
        }
        gen.writeEndObject();
        gen.flush();
        out.write('\n');
        out.flush();
        return files.size();
    }

    static ObjectNode toJson(ExtractedArticle a) {
        ObjectNode o = JsonSerde.MAPPER.createObjectNode();
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("articleBody", a.articleBody());
        o.put("byline", a.byline());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("modified", a.modified() == null ? null : a.modified().toString());
        o.put("language", a.language());
        o.put("canonicalUrl", a.canonicalUrl());
        return o;
    }

    static ExtractedArticle extract(Path file, ArticleExtractor extractor) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = isGzip(file) ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
        String html = HtmlDecoder.decode(bytes, null);
        return extractor.extract(html, null);
    }

    /** The files to extract: given files as they are, directories searched for .html/.html.gz. */
    static List<Path> htmlFiles(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(ExtractCommandSupport::isHtml).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        return out;
    }

    static String key(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html.gz")) return name.substring(0, name.length() - 8);
        if (lower.endsWith(".htm.gz")) return name.substring(0, name.length() - 7);
        if (lower.endsWith(".html")) return name.substring(0, name.length() - 5);
        if (lower.endsWith(".htm")) return name.substring(0, name.length() - 4);
        return name;
    }

    private static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    private static boolean isGzip(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
