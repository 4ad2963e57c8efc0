package io.wirewatch.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/** Stable identifiers: article ids, canonical URLs and content hashes. */
public final class Ids {
    /** Query parameters that only track the click; they never change the article. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "_gl", "ref_src", "cmpid", "ncid", "ocid", "smid", "soc_src", "soc_trk");

    private Ids() {
    }

    /** Hex SHA-256 of the text (UTF-8). */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A short stable id: the first 16 hex digits (64 bits) of SHA-256 of the parts joined by U+0000. */
    public static String shortId(String... parts) {
        return sha256(String.join("\u0000", parts)).substring(0, 16);
    }

    /**
     * Canonical form of a URL: scheme and host lower-cased, default port, fragment and tracking
     * parameters ({@code utm_*}, {@code fbclid}, ...) removed, trailing slash of the path kept as is.
     * Returns null for null/blank input and the trimmed input when it is not a parseable absolute URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) return null;
        String trimmed = url.trim();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getHost() == null) return trimmed;
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
            String query = null;
            if (u.getRawQuery() != null) {
                StringJoiner kept = new StringJoiner("&");
                for (String p : u.getRawQuery().split("&")) {
                    if (p.isEmpty()) continue;
                    String k = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (k.startsWith("utm_") || TRACKING.contains(k)) continue;
                    kept.add(p);
                }
                query = kept.length() == 0 ? null : kept.toString();
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /** The article id: from the canonical URL when there is one, else from the normalised body. */
    public static String articleId(String canonicalUrl, String normalisedBody) {
        if (canonicalUrl != null && !canonicalUrl.isBlank()) return shortId("url", canonicalUrl);
        return shortId("body", normalisedBody == null ? "" : normalisedBody);
    }
}
