package io.wirewatch.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the date formats found in page metadata: ISO-8601 with or without offset,
 * seconds or fraction, with "+0000" style offsets, a space instead of 'T', plain dates, RFC 1123 and
 * epoch seconds or milliseconds. Times without an offset are taken as UTC; plain dates as midnight UTC.
 * <p>
 * A date before 1991 (the web) is a CMS placeholder, not a publication date: real pages of the extraction
 * benchmark carry {@code "datePublished": "0001-01-01T00:00:00Z"} in their JSON-LD, and epoch zero is the
 * other common default. Such a value counts as absent, so the next candidate (meta tags, the URL) is used.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    /** Dates in article URLs: /2019/11/19/, /2019-11-19/, /20191119/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    /** Earliest plausible publication time: anything before is a placeholder. */
    static final Instant EARLIEST = Instant.parse("1991-01-01T00:00:00Z");

    private Dates() {
    }

    static Instant parse(String raw) {
        Instant i = parseAny(raw);
        return i == null || i.isBefore(EARLIEST) ? null : i;
    }

    private static Instant parseAny(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        if (s.matches("\\d{10}")) return Instant.ofEpochSecond(Long.parseLong(s));
        if (s.matches("\\d{13}")) return Instant.ofEpochMilli(Long.parseLong(s));
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            try {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                int d = Integer.parseInt(m.group(3));
                if (m.group(4) == null) return LocalDate.of(y, mo, d).atStartOfDay(ZoneOffset.UTC).toInstant();
                int h = Integer.parseInt(m.group(4));
                int mi = Integer.parseInt(m.group(5));
                int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                int nanos = 0;
                if (m.group(7) != null) {
                    String f = (m.group(7) + "000000000").substring(0, 9);
                    nanos = Integer.parseInt(f);
                }
                LocalDateTime ldt = LocalDateTime.of(y, mo, d, h, mi, sec, nanos);
                return ldt.atOffset(offset(m.group(8))).toInstant();
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String z) {
        if (z == null || z.equalsIgnoreCase("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String digits = z.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hh = Integer.parseInt(digits.substring(1, 3));
        int mm = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
    }

    /** A publication date from a path such as {@code /2019/11/19/slug}, or null. */
    static Instant fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        try {
            // the pattern only takes years 19xx and 20xx; 1900-1990 in a path is not a publication date
            if (m.find() && Integer.parseInt(m.group(1)) >= 1991) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
