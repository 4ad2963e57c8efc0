/**
 * Ingest from the live web. {@link io.wirewatch.ingest.web.WebIngester} polls the sources of
 * {@link io.wirewatch.ingest.web.WebIngestConfig} (a sources file and/or {@code addSource}), fetches politely
 * through {@link io.wirewatch.ingest.web.PoliteFetcher}, extracts article pages, and publishes
 * {@code RawArticle}s to {@code wirewatch.articles.raw} (dead letters to {@code wirewatch.deadletter}) through a
 * {@code RawArticlePublisher}, remembering what it published in {@link io.wirewatch.ingest.web.IngestState}.
 */
package io.wirewatch.ingest.web;
