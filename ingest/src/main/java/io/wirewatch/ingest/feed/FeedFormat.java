package io.wirewatch.ingest.feed;

/** The syndication formats the parser recognises, with the name used in {@code RawArticle.format}. */
public enum FeedFormat {
    RSS_090("rss"), RSS_091("rss"), RSS_092("rss"), RSS_10("rss"), RSS_20("rss"),
    ATOM_03("atom"), ATOM_10("atom"),
    JSON_FEED("json-feed"),
    SITEMAP("sitemap"), SITEMAP_INDEX("sitemap");

    private final String rawFormat;

    FeedFormat(String rawFormat) {
        this.rawFormat = rawFormat;
    }

    /** The value for {@code RawArticle.format} when the feed's own content is used. */
    public String rawFormat() {
        return rawFormat;
    }

    /** True for sitemap indexes, whose entries are further sitemaps rather than articles. */
    public boolean isIndex() {
        return this == SITEMAP_INDEX;
    }
}
