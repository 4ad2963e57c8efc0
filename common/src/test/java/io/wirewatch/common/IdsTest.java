package io.wirewatch.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {
    @Test
    void canonicalUrlStripsTrackingParametersFragmentAndDefaultPort() {
        assertThat(Ids.canonicalUrl("HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&fbclid=abc#top"))
                .isEqualTo("https://news.example.com/a/b?id=7");
    }

    @Test
    void canonicalUrlKeepsMeaningfulQueryAndPath() {
        assertThat(Ids.canonicalUrl("http://example.org/story?page=2&lang=en"))
                .isEqualTo("http://example.org/story?page=2&lang=en");
        assertThat(Ids.canonicalUrl("http://example.org")).isEqualTo("http://example.org/");
    }

    @Test
    void canonicalUrlOfNothingIsNull() {
        assertThat(Ids.canonicalUrl(null)).isNull();
        assertThat(Ids.canonicalUrl("  ")).isNull();
    }

    @Test
    void articleIdComesFromUrlWhenThereIsOneElseFromBody() {
        String byUrl = Ids.articleId("https://a.example/x", "body one");
        assertThat(byUrl).isEqualTo(Ids.articleId("https://a.example/x", "another body"));
        assertThat(Ids.articleId(null, "body one")).isNotEqualTo(Ids.articleId(null, "body two")).hasSize(16);
    }
}
