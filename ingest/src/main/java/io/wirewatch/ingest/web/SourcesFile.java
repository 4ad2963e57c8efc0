package io.wirewatch.ingest.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sources file users edit. One source per line:
 * <pre>
 * # TYPE    URL                                   [INTERVAL] [NAME...]
 * feed      https://www.example.com/rss.xml       10m        Example News
 * sitemap   https://www.example.com/news.xml      30m
 * page      https://www.example.com/live-blog     5m         Example live blog
 * </pre>
 * TYPE is feed, sitemap or page; INTERVAL is a number with s, m, h or d; '#' starts a comment.
 * A bad line is an error naming the file and line, so a typo never silently drops a source.
 */
public final class SourcesFile {
    private static final Pattern INTERVAL = Pattern.compile("(\\d+)(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

    private SourcesFile() {
    }

    public static List<Source> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf(" #");
            if (line.strip().startsWith("#")) continue;
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            try {
                out.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static Source parseLine(String line) {
        String[] parts = line.split("\\s+", 4);
        if (parts.length < 2) throw new IllegalArgumentException("expected 'TYPE URL [INTERVAL] [NAME]', got: " + line);
        Source.Type type;
        try {
            type = Source.Type.parse(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown source type '" + parts[0] + "' (feed, sitemap or page)");
        }
        Duration interval = null;
        String name = null;
        if (parts.length >= 3) {
            Matcher m = INTERVAL.matcher(parts[2]);
            if (m.matches()) {
                interval = duration(Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
                if (parts.length == 4) name = parts[3];
            } else {
                name = parts.length == 4 ? parts[2] + " " + parts[3] : parts[2];
            }
        }
        return new Source(type, parts[1], interval, name);
    }

    private static Duration duration(long n, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
