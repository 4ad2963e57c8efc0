package io.wirewatch.ingest.web;

import java.time.Instant;

/**
 * What one polite fetch ended with (after redirects and retries).
 *
 * @param url      the URL asked for
 * @param finalUrl the URL the body came from, after redirects
 * @param status   last HTTP status, 0 when no response was received
 * @param body     the decoded (un-gzipped) body for {@link Outcome#OK}, else empty
 * @param charset  charset parameter of Content-Type, or null
 * @param retryAt  for {@link Outcome#RATE_LIMITED}: when the server allows the next try
 * @param detail   a sentence saying what happened, for logs and dead letters
 */
public record FetchResult(Outcome outcome, String url, String finalUrl, int status, byte[] body, String contentType,
                          String charset, Validators validators, Instant retryAt, String detail) {
    public enum Outcome {
        OK, NOT_MODIFIED, HTTP_ERROR, BLOCKED_BY_ROBOTS, BLOCKED_ADDRESS, BAD_URL, TOO_LARGE,
        REDIRECT_LOOP, TOO_MANY_REDIRECTS, TIMEOUT, NETWORK_ERROR, RATE_LIMITED;

        /** Failures that may well go away by themselves: try again at the next poll. */
        public boolean transientFailure() {
            return this == TIMEOUT || this == NETWORK_ERROR || this == RATE_LIMITED;
        }
    }

    public FetchResult {
        body = body == null ? new byte[0] : body;
        validators = validators == null ? Validators.NONE : validators;
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    static FetchResult failure(Outcome outcome, String url, String finalUrl, int status, String detail) {
        return new FetchResult(outcome, url, finalUrl, status, null, null, null, null, null, detail);
    }
}
