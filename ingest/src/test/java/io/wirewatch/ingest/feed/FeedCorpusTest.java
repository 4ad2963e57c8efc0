package io.wirewatch.ingest.feed;

import io.wirewatch.ingest.feed.FeedParseResult.ErrorKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole feed corpus (feedparser's and ROME's test files, see resources/feeds/SOURCE.md)
 * through {@link FeedParser}: nothing may throw or end as an internal error, every failure must
 * name its problem, and the well-formed/ill-formed verdicts and the simple field expectations
 * written in feedparser's "Expect:" comments are compared with ours.
 */
class FeedCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("Expect:\\s*(.*)");
    /** The simple expectations we can check: {@code [not bozo and] X == 'literal'}. */
    private static final Pattern SIMPLE = Pattern.compile(
            "^(?:not bozo and )?(feed\\['title'\\]|entries\\[0\\]\\['(?:title|link|id)'\\]) == (u?'(?:[^'\\\\]|\\\\.)*')\\s*(?:-->)?$");

    @Test
    void parsesEveryCorpusFileWithoutAnUnexpectedException() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/feeds").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(xml|rss|json)$")).sorted().toList();
        }
        FeedParser parser = new FeedParser();
        int withEntries = 0, withoutEntries = 0, recovered = 0, failed = 0;
        Map<ErrorKind, Integer> failures = new EnumMap<>(ErrorKind.class);
        int bozoKnown = 0, bozoAgree = 0, notBozoKnown = 0, notBozoAgree = 0;
        int fieldChecks = 0, fieldAgree = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> failedFiles = new ArrayList<>();
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            // feedparser's encoding tests simulate the HTTP Content-Type in a "Header:" line; honour it.
            FeedParseResult r = parser.parse(bytes, headerCharset(bytes), "http://example.org/feed");
            if (r.ok()) {
                if (!r.feed().wellFormed()) recovered++;
                if (r.feed().entries().isEmpty()) withoutEntries++;
                else withEntries++;
            } else {
                failed++;
                failures.merge(r.errorKind(), 1, Integer::sum);
                assertThat(r.error()).as("error of %s", p).isNotBlank();
                failedFiles.add(root.relativize(p) + ": " + r.errorKind() + ": " + r.error());
            }
            String expect = expectation(bytes);
            if (expect == null) continue;
            boolean wellFormed = r.ok() && r.feed().wellFormed();
            if (expect.contains("not bozo")) {
                notBozoKnown++;
                if (wellFormed) notBozoAgree++;
                else disagreements.add("expected well-formed: " + root.relativize(p) + " -> " + (r.ok() ? r.feed().problem() : r.error()));
            } else if (expect.matches("(?s).*\\bbozo\\b.*")) {
                bozoKnown++;
                if (!wellFormed) bozoAgree++;
                else disagreements.add("expected ill-formed: " + root.relativize(p));
            }
            Matcher m = SIMPLE.matcher(expect.strip());
            if (m.matches() && r.ok()) {
                fieldChecks++;
                String want = pythonString(m.group(2));
                // Our titles are plain text by contract (feedparser keeps sanitised markup): compare text.
                if (m.group(1).endsWith("['title']")) want = org.jsoup.Jsoup.parse(want).text();
                String got = field(r.feed(), m.group(1));
                if (want.strip().replaceAll("\\s+", " ").equals(got == null ? "" : got.strip().replaceAll("\\s+", " "))) fieldAgree++;
                else if (System.getenv("FEED_CORPUS_VERBOSE") != null) System.out.println("  field " + root.relativize(p) + ": want [" + want + "] got [" + got + "]");
            }
        }
        int total = files.size();
        System.out.printf("feed corpus: %d files; parsed with entries %d, parsed without entries %d, failed with a clear error %d %s, unexpected exceptions %d;"
                        + " ill-formed but entries/fields recovered (included above) %d%n",
                total, withEntries, withoutEntries, failed, failures, failures.getOrDefault(ErrorKind.INTERNAL, 0), recovered);
        System.out.printf("feedparser verdicts: well-formed agreed %d/%d, ill-formed (bozo) agreed %d/%d; field checks agreed %d/%d%n",
                notBozoAgree, notBozoKnown, bozoAgree, bozoKnown, fieldAgree, fieldChecks);
        disagreements.stream().limit(40).forEach(d -> System.out.println("  " + d));
        System.out.println("failed (each with the problem it names):");
        failedFiles.forEach(f -> System.out.println("  " + f));

        assertThat(total).isGreaterThan(2000);
        assertThat(failures.getOrDefault(ErrorKind.INTERNAL, 0)).as("unexpected exceptions").isZero();
        assertThat(withEntries + withoutEntries + failed).isEqualTo(total);
        // Most of the corpus tests channel-level fields, so "without entries" is legitimate; but the
        // feeds that have items must yield them, and only genuinely broken documents may fail.
        assertThat(withEntries).isGreaterThan(1300);
        assertThat(failed).isLessThan(10);
        assertThat((double) notBozoAgree / notBozoKnown).isGreaterThan(0.99);
        // The bozo verdicts we miss depend on HTTP headers (text/plain) the corpus does not carry.
        assertThat((double) bozoAgree / bozoKnown).isGreaterThan(0.8);
        assertThat((double) fieldAgree / fieldChecks).isGreaterThan(0.9);
    }

    private static String expectation(byte[] bytes) {
        // decoded like the parser does, so comments in UTF-16/32 files are read too
        String text = XmlText.decode(bytes, null).text();
        String head = text.substring(0, Math.min(text.length(), 1500));
        Matcher m = EXPECT.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("Header:\\s*Content-type:[^\\n]*?charset=['\"]?([A-Za-z0-9._-]+)", Pattern.CASE_INSENSITIVE);

    private static String headerCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1500), StandardCharsets.ISO_8859_1);
        Matcher m = HEADER_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String field(Feed f, String path) {
        if (path.equals("feed['title']")) return f.title();
        if (f.entries().isEmpty()) return null;
        FeedEntry e = f.entries().get(0);
        if (path.endsWith("['title']")) return e.title();
        if (path.endsWith("['link']")) return e.link();
        return e.guid();
    }

    /** Decodes a Python string literal with the escapes feedparser's tests use. */
    static String pythonString(String lit) {
        String s = lit.startsWith("u") ? lit.substring(2, lit.length() - 1) : lit.substring(1, lit.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'x' -> { sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16)); i += 2; }
                case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
