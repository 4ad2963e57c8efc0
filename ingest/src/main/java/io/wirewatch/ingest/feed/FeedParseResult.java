package io.wirewatch.ingest.feed;

/**
 * Outcome of parsing: a feed, or an error kind and a sentence naming the problem. Parsing never
 * throws; {@link ErrorKind#INTERNAL} marks a bug in the parser rather than in the document.
 */
public record FeedParseResult(Feed feed, ErrorKind errorKind, String error) {
    public enum ErrorKind { EMPTY, TOO_LARGE, NOT_WELL_FORMED, NOT_A_FEED, BAD_JSON, INTERNAL }

    public FeedParseResult {
        if ((feed == null) == (errorKind == null)) throw new IllegalArgumentException("either a feed or an error");
    }

    static FeedParseResult ok(Feed feed) {
        return new FeedParseResult(feed, null, null);
    }

    static FeedParseResult failed(ErrorKind kind, String error) {
        return new FeedParseResult(null, kind, error);
    }

    public boolean ok() {
        return feed != null;
    }
}
