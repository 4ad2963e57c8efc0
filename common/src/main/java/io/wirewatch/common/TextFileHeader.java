package io.wirewatch.common;

import java.util.List;
import java.util.Locale;

/**
 * The optional header block of a saved-article text file: {@code Title:}, {@code URL:}, {@code Source:} and
 * {@code Published:} lines ended by a blank line, then the body. Without such a block (the seeds' format) the first
 * non-blank line is the title and the whole text is the body. One parser for ingest's file replay and the story
 * evaluations, so that both read a file alike.
 *
 * @param header    whether the file had the header block
 * @param title     the header's title (null when it has none), or the first non-blank line without a header ("" for
 *                  an empty text)
 * @param url       the header's URL, or null
 * @param source    the header's source, or null
 * @param published the header's publication time as written (not parsed), or null
 * @param body      the text after the header's blank line, or the whole text without a header
 */
public record TextFileHeader(boolean header, String title, String url, String source, String published,
                             String body) {
    private static final List<String> KEYS = List.of("title", "url", "source", "published");

    public TextFileHeader {
        body = body == null ? "" : body;
    }

    /** Parses a text file's content (any line ends). */
    public static TextFileHeader parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        int start = i;
        int j = i;
        while (j < lines.length && !lines[j].isBlank() && KEYS.contains(key(lines[j]))) j++;
        // a header is a block of known keys only, ended by a blank line with something after it
        boolean header = j > start && j < lines.length && lines[j].isBlank();
        if (!header) {
            String first = start < lines.length ? lines[start].strip() : "";
            return new TextFileHeader(false, first, null, null, null, text);
        }
        String title = null, url = null, source = null, published = null;
        for (int k = start; k < j; k++) {
            String value = lines[k].substring(lines[k].indexOf(':') + 1).trim();
            switch (key(lines[k])) {
                case "title" -> title = value;
                case "url" -> url = value;
                case "source" -> source = value;
                default -> published = value;
            }
        }
        return new TextFileHeader(true, title, url, source, published,
                String.join("\n", List.of(lines).subList(j + 1, lines.length)));
    }

    private static String key(String line) {
        int colon = line.indexOf(':');
        return colon > 0 ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * A publication time as files and JSON lines write it: ISO-8601 with an offset or a zone ("2035-02-09T01:40:00Z"),
     * or a plain date-time or date taken as UTC; null when it is none of these. Ingest and the evaluations read the
     * header's {@code Published:} with it, so both give an article the same time.
     */
    public static java.time.Instant parseTime(String s) {
        if (s == null || s.isBlank()) return null;
        String v = s.trim();
        try {
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (java.time.format.DateTimeParseException e1) {
            try {
                return java.time.Instant.parse(v);
            } catch (java.time.format.DateTimeParseException e2) {
                try {
                    return java.time.LocalDateTime.parse(v.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException e3) {
                    try {
                        return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                    } catch (java.time.format.DateTimeParseException e4) {
                        return null;
                    }
                }
            }
        }
    }
}
