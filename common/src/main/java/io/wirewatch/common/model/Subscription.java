package io.wirewatch.common.model;

import io.wirewatch.common.query.QueryParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a user follows. Value of the compacted topic {@code wirewatch.subscriptions}, keyed by {@link #id()};
 * a null value (tombstone) deletes it. Matched alerts go to {@code wirewatch.alerts.<id>}.
 *
 * @param id            lower-case letters, digits, '-', '_', '.'; part of the alert topic's name
 * @param query         the query ({@code docs/query-language.md}); must parse
 * @param types         the alert types wanted; empty or null means all
 * @param webhookUrl    http(s) URL to POST each alert to, or null
 * @param webhookSecret key of the HMAC-SHA256 signature of webhook bodies; required with a webhook
 * @param jsonlPath     file to append each alert to as a JSON line, or null (the sink then uses its default)
 * @param createdAt     when it was created
 */
public record Subscription(String id, String query, Set<AlertType> types, String webhookUrl, String webhookSecret,
                           String jsonlPath, Instant createdAt) {
    /** "wirewatch.alerts." is 17 characters and Kafka topic names stop at 249. */
    public static final int MAX_ID_LENGTH = 200;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(createdAt, "createdAt");
        checkId(id);
        QueryParser.parse(query); // throws QuerySyntaxException with the column of the problem
        types = types == null || types.isEmpty() ? EnumSet.allOf(AlertType.class) : Set.copyOf(types);
        webhookUrl = blankToNull(webhookUrl);
        webhookSecret = blankToNull(webhookSecret);
        jsonlPath = blankToNull(jsonlPath);
        if (webhookUrl != null) {
            checkWebhook(webhookUrl);
            if (webhookSecret == null) {
                throw new IllegalArgumentException("subscription '" + id + "': a webhook needs a secret to sign its bodies");
            }
        }
    }

    /** Wants alerts of this type. */
    public boolean wants(AlertType type) {
        return types.contains(type);
    }

    /** Checks a subscription id: it becomes part of a topic name. */
    public static String checkId(String id) {
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("illegal subscription id '" + id + "': use lower-case letters, digits,"
                    + " '-', '_' or '.', starting with a letter or digit (at most " + MAX_ID_LENGTH + " characters)");
        }
        return id;
    }

    private static void checkWebhook(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException("webhook '" + url + "' is not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook '" + url + "' is not a valid URL: " + e.getReason(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
