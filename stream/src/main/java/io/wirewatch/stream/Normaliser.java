package io.wirewatch.stream;

import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;

import java.io.IOException;
import java.time.Instant;

/**
 * Stage 1, pure function: raw bytes from {@code wirewatch.articles.raw} → a normalised
 * {@link Article} (NFC text, collapsed whitespace, canonical URL, stable id, fingerprint), or a
 * dead letter saying why not.
 */
public final class Normaliser {
    public static final String STAGE = "normalise";
    /** Bodies shorter than this (after normalisation) carry no news to compare. */
    public static final int MIN_BODY_CHARS = 1;

    private Normaliser() {
    }

    public static Routed<Article> normalise(String key, byte[] value, String where, Instant now) {
        if (value == null) {
            return Routed.dead(DeadLetter.of(where, STAGE, "empty record (null value) on the raw topic", now, null));
        }
        RawArticle raw;
        try {
            raw = WirewatchSerdes.RAW_ARTICLE.read(value);
        } catch (IOException e) {
            return Routed.dead(DeadLetter.of(where, STAGE, "not a valid raw article JSON: "
                    + JsonSerde.rootMessage(e), now, value));
        }
        if (raw == null) {
            return Routed.dead(DeadLetter.of(where, STAGE, "JSON null instead of a raw article", now, value));
        }
        String body = TextNormalizer.normalise(raw.body());
        String input = raw.input();
        if (body.length() < MIN_BODY_CHARS) {
            return Routed.dead(DeadLetter.of(input, STAGE, "article has no body text after normalisation", now, value));
        }
        String title = TextNormalizer.normalise(raw.title()).replace('\n', ' ');
        String canonical = raw.canonicalUrl() != null ? Ids.canonicalUrl(raw.canonicalUrl()) : Ids.canonicalUrl(raw.url());
        String fingerprint = TextNormalizer.fingerprint(body);
        String articleId = Ids.articleId(canonical, fingerprint);
        try {
            return Routed.of(new Article(articleId, input, TextNormalizer.normalise(raw.source()), raw.url(), canonical,
                    raw.fetchedAt(), raw.publishedAt(), raw.modifiedAt(), title, body, raw.byline(),
                    raw.language(), raw.siteName(), fingerprint, 1, null, null, null));
        } catch (RuntimeException e) {
            return Routed.dead(DeadLetter.of(input, STAGE, "invalid article: " + e.getMessage(), now, value));
        }
    }
}
