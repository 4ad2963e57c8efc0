package io.wirewatch.ingest.feed;

import io.wirewatch.ingest.feed.FeedParseResult.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses RSS 0.90-2.0, Atom 0.3/1.0, JSON Feed 1.x, sitemaps and sitemap indexes (with the Google
 * News extension) from bytes. Never throws: a document that cannot be read gives a
 * {@link FeedParseResult} naming the problem.
 *
 * <p>XML is first parsed strictly (StAX, DTDs and external entities off). When that fails the
 * document is ill-formed; its entries are then recovered leniently where possible, and the feed is
 * returned with {@code wellFormed == false} and the strict parser's message, because real feeds
 * with an undeclared {@code &nbsp;} still carry news. Thread-safe.
 */
public final class FeedParser {
    private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_ENTRIES = 50_000; // the sitemap protocol's own limit

    private final int maxBytes;
    private final int maxEntries;

    public FeedParser() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);
    }

    public FeedParser(int maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /**
     * @param bytes       the document as fetched (already un-gzipped)
     * @param httpCharset charset from the Content-Type header, or null
     * @param baseUrl     the URL it came from, to resolve relative links; may be null
     */
    public FeedParseResult parse(byte[] bytes, String httpCharset, String baseUrl) {
        try {
            return parseOrFail(bytes, httpCharset, baseUrl);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("Feed parser failed unexpectedly on {}", baseUrl, e);
            return FeedParseResult.failed(ErrorKind.INTERNAL, "internal parser error: " + e);
        }
    }

    private FeedParseResult parseOrFail(byte[] bytes, String httpCharset, String baseUrl) {
        if (bytes == null || bytes.length == 0) return FeedParseResult.failed(ErrorKind.EMPTY, "empty document");
        if (bytes.length > maxBytes) {
            return FeedParseResult.failed(ErrorKind.TOO_LARGE, "document is " + bytes.length + " bytes, above the cap of " + maxBytes);
        }
        XmlText.Decoded decoded = XmlText.decode(bytes, httpCharset);
        String text = decoded.text();
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) start++;
        if (start == text.length()) return FeedParseResult.failed(ErrorKind.EMPTY, "document is only whitespace");
        if (text.charAt(start) == '{' || text.charAt(start) == '[') return json(text, baseUrl, decoded.problem());
        return xml(text, baseUrl, decoded.problem());
    }

    private FeedParseResult json(String text, String baseUrl, String charsetProblem) {
        try {
            Feed f = JsonFeedReader.read(text, baseUrl, maxEntries);
            String problem = join(charsetProblem, f.problem());
            return FeedParseResult.ok(new Feed(f.format(), f.title(), f.link(), f.language(), f.entries(),
                    problem == null, problem));
        } catch (JsonFeedReader.BadJson e) {
            return FeedParseResult.failed(e.notAFeed ? ErrorKind.NOT_A_FEED : ErrorKind.BAD_JSON, e.getMessage());
        }
    }

    private FeedParseResult xml(String text, String baseUrl, String charsetProblem) {
        XmlNode root;
        String problem = charsetProblem;
        try {
            root = XmlTrees.strict(text);
        } catch (XmlTrees.XmlProblem e) {
            problem = join(charsetProblem, "not well-formed XML: " + e.getMessage());
            root = XmlTrees.lenient(text);
            if (root == null) return FeedParseResult.failed(ErrorKind.NOT_WELL_FORMED, problem);
        }
        XmlFeedMapper mapper = new XmlFeedMapper(baseUrl, maxEntries);
        try {
            Feed feed = mapper.map(root, problem == null, problem);
            if (mapper.truncated()) {
                String p = join(feed.problem(), "more than " + maxEntries + " entries; the rest were dropped");
                feed = new Feed(feed.format(), feed.title(), feed.link(), feed.language(), feed.entries(), feed.wellFormed(), p);
            }
            return FeedParseResult.ok(feed);
        } catch (XmlFeedMapper.NotAFeed e) {
            // Not a feed at all (typically an HTML page) matters more than whether it is well-formed.
            return FeedParseResult.failed(ErrorKind.NOT_A_FEED, problem == null ? e.getMessage() : e.getMessage() + "; " + problem);
        }
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + "; " + b;
    }
}
