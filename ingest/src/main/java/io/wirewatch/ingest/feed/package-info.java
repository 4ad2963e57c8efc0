/**
 * Feed parsing without network access: {@link io.wirewatch.ingest.feed.FeedParser} turns bytes into a
 * {@link io.wirewatch.ingest.feed.Feed} (RSS 0.90-2.0, Atom 0.3/1.0, JSON Feed 1.x, sitemaps, sitemap indexes,
 * Google News sitemaps) or a {@link io.wirewatch.ingest.feed.FeedParseResult} naming the problem.
 * XML is read with DTDs and external entities off (XXE-safe).
 */
package io.wirewatch.ingest.feed;
