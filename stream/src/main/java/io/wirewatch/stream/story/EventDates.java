package io.wirewatch.stream.story;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the year an article names: a day next to its month, in the forms the press writes them ("2 June", "June
 * 2", "Sept. 3", "the 5th of May", "4. März", "5 de mayo", "le 5 mai", "4 marca"). A development dates the event it
 * follows up ("the 2 June explosion at the Dunmarnock Maltings", "der Ausfall der Greitbergbahn vom 4. März", "la
 * liberación del 5 de mayo"), however far its words have moved from the first report's; another event of the same kind
 * is dated by its own day, and recalls the story's, when it does, as "last week's fire" more often than by its date
 * ({@link StoryAssigner}).
 * <p>
 * Month names of the languages written in Latin letters that the blind sets and the benchmark pages hold (English,
 * German, Dutch, the Scandinavian languages, French, Spanish, Portuguese, Italian, Polish and Czech in their genitive,
 * Romanian, Indonesian and Malay); a year, a weekday or a time between them is not read, nor are dates in figures alone
 * ("04.03.", "3/4"), whose order differs by country.
 */
public final class EventDates {
    /** Days before a story's first publication its event may have happened (a report of an evening fire is dated the next day). */
    static final int EVENT_DAYS_BEFORE = 2;
    private static final Map<String, Integer> MONTHS = months();
    /** A day then its month ("2 June", "5th of May", "4. März", "5 de mayo", "le 5 mai"). */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:(?:of|de|di|del)\\s+)?(\\p{L}{3,12})\\.?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A month then its day ("June 2", "Sept. 3", "March 4th"). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private EventDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
                // English
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
                {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"},
                {"december", "dec"},
        };
        for (int i = 0; i < names.length; i++) for (String n : names[i]) m.put(n, i + 1);
        // other languages, month by month
        String[][] other = {
                {"januar", "jänner", "januari", "janvier", "enero", "janeiro", "gennaio", "stycznia", "ledna", "ianuarie"},
                {"februar", "februari", "février", "fevrier", "febrero", "fevereiro", "febbraio", "lutego", "února", "unora", "februarie"},
                {"märz", "maerz", "maart", "mars", "marzo", "março", "marca", "března", "brezna", "martie", "maret"},
                {"avril", "abril", "aprile", "kwietnia", "dubna", "aprilie"},
                {"mai", "mei", "mayo", "maio", "maggio", "maja", "května", "kvetna", "maj"},
                {"juni", "juin", "junio", "junho", "giugno", "czerwca", "června", "cervna", "iunie"},
                {"juli", "juillet", "julio", "julho", "luglio", "lipca", "července", "cervence", "iulie"},
                {"augustus", "août", "aout", "agosto", "sierpnia", "srpna", "agustus", "ogos"},
                {"septembre", "septiembre", "setiembre", "setembro", "settembre", "września", "wrzesnia", "září", "zari", "septembrie"},
                {"oktober", "octobre", "octubre", "outubro", "ottobre", "października", "pazdziernika", "října", "rijna", "octombrie"},
                {"novembre", "noviembre", "novembro", "listopada", "listopadu", "noiembrie"},
                {"dezember", "desember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "grudnia", "prosince", "decembrie", "disember"},
        };
        for (int i = 0; i < other.length; i++) for (String n : other[i]) m.putIfAbsent(n, i + 1);
        return Map.copyOf(m);
    }

    /** The days of the year the text names (empty for none or null). */
    public static Set<MonthDay> of(String text) {
        Set<MonthDay> out = new HashSet<>();
        if (text == null || text.isEmpty()) return out;
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) add(out, m.group(2), m.group(1));
        m = MONTH_DAY.matcher(text);
        while (m.find()) add(out, m.group(1), m.group(2));
        return out;
    }

    private static void add(Set<MonthDay> out, String word, String day) {
        // English "may" is a month only when written as one ("5 May"), not the verb ("5 may be affected")
        if (word.equals("may") || word.equals("mar")) return;
        String month = word.toLowerCase(Locale.ROOT);
        Integer mo = MONTHS.get(month);
        if (mo == null) return;
        int d = Integer.parseInt(day);
        if (d < 1 || d > MonthDay.of(mo, 1).getMonth().maxLength()) return;
        out.add(MonthDay.of(mo, d));
    }

    /**
     * Whether {@code days} holds the day of a story's first publication ({@code firstPublished}, epoch ms, UTC) or
     * one of the {@value #EVENT_DAYS_BEFORE} days before it: the day its event happened.
     */
    static boolean namesEventDay(Set<MonthDay> days, Long firstPublished) {
        if (days.isEmpty() || firstPublished == null) return false;
        LocalDate first = java.time.Instant.ofEpochMilli(firstPublished).atZone(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i <= EVENT_DAYS_BEFORE; i++) {
            if (days.contains(MonthDay.from(first.minusDays(i)))) return true;
        }
        return false;
    }
}
