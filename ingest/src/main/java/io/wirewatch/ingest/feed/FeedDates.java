package io.wirewatch.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the dates found in feeds: RFC 822/1123 (RSS) with its common deviations
 * (no weekday, two-digit years, missing seconds, named zones) and ISO 8601 / W3C-DTF (Atom, Dublin
 * Core, sitemaps, JSON Feed) including date-only and compact forms. Unparseable dates give null,
 * never an exception: a bad date must not cost the entry.
 */
public final class FeedDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2})(?:[Tt ]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?)?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT|UT)?");
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
                    + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*([A-Za-z]{1,5}|[+-]\\d{4}|[+-]\\d{2}:?\\d{2})?.*");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2), Map.entry("EEST", 3));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private FeedDates() {
    }

    public static Instant parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty() || s.length() > 100) return null;
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) return iso(m);
            m = RFC822.matcher(s);
            if (m.matches()) return rfc822(m);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Instant iso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int min = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos = 0;
        if (m.group(7) != null) {
            String f = (m.group(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(f);
        }
        if (hour == 24 && min == 0 && sec == 0) hour = 0; // "24:00" is midnight; keep it simple
        LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, min, Math.min(sec, 59), nanos);
        return ldt.toInstant(offset(m.group(8)));
    }

    private static Instant rfc822(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = month(m.group(2));
        if (month < 0) return null;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900;
        else if (m.group(3).length() == 3) year += 1900;
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int min = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        LocalDateTime ldt = LocalDateTime.of(year, month, day, hour % 24, min, Math.min(sec, 59));
        return ldt.toInstant(offset(m.group(7)));
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) return -1;
        for (int i = 0; i < MONTHS.length; i++) if (n.startsWith(MONTHS[i])) return i + 1;
        return -1;
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.isEmpty()) return ZoneOffset.UTC;
        char c = zone.charAt(0);
        if (c == '+' || c == '-') {
            String digits = zone.substring(1).replace(":", "");
            int h = Integer.parseInt(digits.substring(0, 2));
            int mm = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            if (h > 18 || mm > 59) return ZoneOffset.UTC;
            int total = h * 3600 + mm * 60;
            return ZoneOffset.ofTotalSeconds(c == '-' ? -total : total);
        }
        Integer h = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return h == null ? ZoneOffset.UTC : ZoneOffset.ofHours(h);
    }
}
