package io.wirewatch.ingest.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.Ids;
import io.wirewatch.common.TextFileHeader;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.ingest.RawArticlePublisher;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.common.LanguageDetection;
import io.wirewatch.ingest.extract.ExtractedArticle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads saved articles from files and publishes them as {@link RawArticle}s (to
 * {@code wirewatch.articles.raw} through the publisher). Anything it cannot read (empty, too large,
 * not text, unsupported type, a bad JSONL line) is published as a {@link DeadLetter} with the
 * reason: nothing is dropped silently.
 *
 * <ul>
 *   <li>{@code .txt}: an optional header of {@code Title:}, {@code URL:}, {@code Source:},
 *       {@code Published:} lines ended by a blank line; without it the first non-blank line is the
 *       title and the whole text the body.</li>
 *   <li>{@code .html}, {@code .html.gz}: the page, through the {@link ArticleExtractor}.</li>
 *   <li>{@code .jsonl} (or {@code .ndjson}, either gzipped): one article per line with {@code url},
 *       {@code title}, {@code text}, {@code publishedAt}, {@code source}, {@code language}; read line by line,
 *       the size limit applying to each line.</li>
 * </ul>
 */
public final class FileIngester {
    public static final String STAGE = "ingest";

    private final RawArticlePublisher publisher;
    private final ArticleExtractor extractor;
    private final int maxBytes;
    private final Clock clock;

    /** What one file gave: how many raw articles and how many dead letters were published. */
    public record Result(int published, int deadLettered) {
        public Result plus(Result o) {
            return new Result(published + o.published, deadLettered + o.deadLettered);
        }
    }

    public FileIngester(RawArticlePublisher publisher, ArticleExtractor extractor, int maxBytes, Clock clock) {
        this.publisher = publisher;
        this.extractor = extractor;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Files and directories (recursively, hidden files skipped), in name order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).thenComparing(Path::toString))
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        return files;
    }

    public Result ingest(List<Path> paths) throws IOException {
        Result total = new Result(0, 0);
        for (Path f : expand(paths)) total = total.plus(ingestFile(f));
        return total;
    }

    public Result ingestFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        if (isJsonLines(lower)) return jsonLines(file, name, lower.endsWith(".gz"), now);
        byte[] bytes;
        try {
            bytes = read(file, lower.endsWith(".gz"));
        } catch (TooLargeException e) {
            return dead(name, e.getMessage(), now, null);
        } catch (IOException e) {
            return dead(name, "cannot read file: " + e.getMessage(), now, null);
        }
        if (bytes.length == 0) return dead(name, "empty file", now, bytes);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".html.gz")
                || lower.endsWith(".htm.gz");
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            return dead(name, e.getMessage(), now, bytes);
        }
        String text = decoded.text();
        if (text.isBlank()) return dead(name, "file has no text (only whitespace)", now, bytes);
        if (lower.endsWith(".txt") || lower.endsWith(".text")) return one(name, fromText(name, text, now), bytes);
        if (html) {
            // The page's own <meta charset> decides, as in a browser; TextDecoder above only vetted that it is text.
            return one(name, fromHtml(name, bytes, now), bytes);
        }
        return dead(name, "unsupported file type (expected .txt, .html, .html.gz, .jsonl or .jsonl.gz)", now, bytes);
    }

    private Result one(String name, RawArticle article, byte[] original) {
        if (article.body().isBlank()) {
            return dead(name, "no article text found in the file", clock.instant(), original);
        }
        String tooLarge = RawArticle.bodyTooLarge(article.body());
        if (tooLarge != null) return dead(name, tooLarge, clock.instant(), original);
        publisher.publish(article);
        return new Result(1, 0);
    }

    private Result dead(String input, String reason, Instant now, byte[] original) {
        publisher.deadLetter(DeadLetter.of(input, STAGE, reason, now, original));
        return new Result(0, 1);
    }

    private static final class TooLargeException extends IOException {
        TooLargeException(String m) {
            super(m);
        }
    }

    private byte[] read(Path file, boolean gzip) throws IOException {
        long size = Files.size(file);
        if (!gzip && size > maxBytes) {
            throw new TooLargeException("file is " + size + " bytes, over the limit of " + maxBytes
                    + " (ingest.max.file.bytes)");
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new TooLargeException("file is over the limit of " + maxBytes
                            + " bytes once decompressed (ingest.max.file.bytes)");
                }
            }
            return out.toByteArray();
        }
    }

    /** Parses the optional header block of a .txt file ({@link TextFileHeader}). */
    RawArticle fromText(String name, String text, Instant now) {
        TextFileHeader h = TextFileHeader.parse(text);
        return raw(name, h.source(), h.url(), null, now, parseTime(h.published()), null, h.title(), h.body(), null,
                null, null, "txt");
    }

    RawArticle fromHtml(String name, byte[] html, Instant now) {
        ExtractedArticle e = extractor.extract(html, null, null);
        String url = e.url() != null ? e.url() : e.canonicalUrl();
        return raw(name, e.siteName(), url, e.canonicalUrl(), now, e.published(), e.modified(), e.title(),
                e.articleBody(), e.byline(), e.language(), e.siteName(), "html");
    }

    private static boolean isJsonLines(String lower) {
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl.gz")
                || lower.endsWith(".ndjson.gz");
    }

    /**
     * A JSON-lines file, read line by line: one article per line, so the size limit applies to each line, not to
     * the file (a replay file of thousands of articles is as welcome as a single page). A line over the limit, not
     * UTF-8 (as JSON lines must be), not a JSON object or without text is a dead letter named {@code file:line}.
     */
    private Result jsonLines(Path file, String name, boolean gzip, Instant now) {
        Result r = new Result(0, 0);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new java.io.BufferedInputStream(gzip ? new GZIPInputStream(raw) : raw, 64 * 1024)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean over = false;
            int number = 0;
            for (int b = in.read(); ; b = in.read()) {
                if (b != -1 && b != '\n') {
                    if (line.size() < maxBytes) line.write(b);
                    else over = true;
                    continue;
                }
                if (b == -1 && line.size() == 0 && !over) break;
                number++;
                String input = name + ":" + number;
                if (over) {
                    r = r.plus(dead(input, "line is over the limit of " + maxBytes + " bytes (ingest.max.file.bytes)",
                            now, line.toByteArray()));
                } else {
                    r = r.plus(jsonLine(input, line.toByteArray(), number == 1, now));
                }
                line.reset();
                over = false;
                if (b == -1) break;
            }
        } catch (IOException e) {
            return r.plus(dead(name, "cannot read file: " + e.getMessage(), now, null));
        }
        if (r.published() + r.deadLettered() == 0) return dead(name, "JSONL file has no records", now, null);
        return r;
    }

    /** One line of a JSON-lines file (without its line feed); a blank line gives nothing. */
    private Result jsonLine(String input, byte[] bytes, boolean first, Instant now) {
        String line;
        try {
            line = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return dead(input, "JSON line is not UTF-8", now, bytes);
        }
        if (first && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) return new Result(0, 0);
        try {
            JsonNode n = JsonSerde.MAPPER.readTree(line);
            if (n == null || !n.isObject()) throw new IOException("line is not a JSON object");
            String body = n.path("text").asText("");
            if (body.isBlank()) body = n.path("body").asText("");
            if (body.isBlank()) return dead(input, "JSON line has no \"text\"", now, bytes);
            String tooLarge = RawArticle.bodyTooLarge(body);
            if (tooLarge != null) return dead(input, tooLarge, now, bytes);
            String published = n.path("publishedAt").asText(null);
            publisher.publish(raw(input, n.path("source").asText(null), n.path("url").asText(null), null, now,
                    published == null ? null : parseTime(published), null, n.path("title").asText(""), body,
                    null, n.path("language").asText(null), null, "jsonl"));
            return new Result(1, 0);
        } catch (IOException | RuntimeException e) {
            return dead(input, "bad JSON line: " + JsonSerde.rootMessage(e), now, bytes);
        }
    }

    static RawArticle raw(String input, String source, String url, String canonical, Instant now, Instant published,
                          Instant modified, String title, String body, String byline, String language,
                          String siteName, String format) {
        String canon = canonical != null ? Ids.canonicalUrl(canonical) : Ids.canonicalUrl(url);
        String id = Ids.articleId(canon, TextNormalizer.fingerprint(body));
        // a text file or a JSON line without a language gets the detector's, as an extracted page does: the story
        // stage embeds English articles only and drops each language's own function words
        String lang = language != null && !language.isBlank() ? language : LanguageDetection.detect(body);
        return new RawArticle(id, input, source, url, canon, now, published, modified, title, body, byline, lang,
                siteName, format, null);
    }

    /** ISO-8601 with offset, or a plain date/time taken as UTC; null when unparseable ({@link TextFileHeader#parseTime}). */
    static Instant parseTime(String s) {
        return TextFileHeader.parseTime(s);
    }
}
