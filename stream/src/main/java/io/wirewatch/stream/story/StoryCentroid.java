package io.wirewatch.stream.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What clustering compares an article with: a story's term centroid and its times. Value of
 * {@value StoryAssignProcessor#CENTROIDS}, the single assignment task's store (the rest of a story, its
 * summary and memory, lives with the story's own partition: {@link StoryProfile}).
 *
 * @param centroid raw term weights summed over the story's articles (title and lead), trimmed to the
 *                 heaviest terms; IDF is applied at comparison time with the current document frequencies
 * @param lastUpdate record time of the latest article or copy: the story is dormant after a quiet period
 * @param embeddings encoded title-and-lead embeddings ({@link StoryEmbedder#encode}) of the story's latest
 *                   articles, oldest first, at most {@value StoryAssigner#STORY_EMBEDDINGS}; empty when
 *                   embeddings are off (and in state written before they existed)
 * @param firstPublished earliest publication time (epoch ms) among the story's dated articles; null when none
 *                       is dated (and in state written before publication times were kept)
 * @param lastPublished  latest publication time among them; null when none is dated
 * @param actions    encoded embeddings of the same articles' title and lead with names and figures masked
 *                   ({@link StoryEmbedder#actionOrNull}), oldest first, at most {@value StoryAssigner#STORY_EMBEDDINGS};
 *                   empty when embeddings are off (and in state written before they existed)
 * @param names      the specific names the story's articles give in their titles and first sentences
 *                   ({@link LeadNames}), the latest {@value StoryAssigner#STORY_NAMES} first seen kept, oldest first;
 *                   empty in state written before they were kept (the story is then not held to them)
 */
public record StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid,
                            List<String> embeddings, Long firstPublished, Long lastPublished, List<String> actions,
                            List<String> names) {
    public StoryCentroid {
        Objects.requireNonNull(storyId, "storyId");
        centroid = centroid == null ? Map.of() : centroid;
        embeddings = embeddings == null ? List.of() : List.copyOf(embeddings);
        actions = actions == null ? List.of() : List.copyOf(actions);
        names = names == null ? List.of() : List.copyOf(names);
        if ((firstPublished == null) != (lastPublished == null)
                || firstPublished != null && firstPublished > lastPublished) {
            throw new IllegalArgumentException("publication range must be both null or first <= last");
        }
    }

    public StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid,
                         List<String> embeddings, Long firstPublished, Long lastPublished, List<String> actions) {
        this(storyId, firstSeen, lastUpdate, centroid, embeddings, firstPublished, lastPublished, actions, List.of());
    }

    public StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid,
                         List<String> embeddings, Long firstPublished, Long lastPublished) {
        this(storyId, firstSeen, lastUpdate, centroid, embeddings, firstPublished, lastPublished, List.of());
    }

    public StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid,
                         List<String> embeddings) {
        this(storyId, firstSeen, lastUpdate, centroid, embeddings, null, null);
    }

    public StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid) {
        this(storyId, firstSeen, lastUpdate, centroid, List.of());
    }

    /** This story with the publication range widened to {@code published} (epoch ms; null changes nothing). */
    public StoryCentroid withPublished(Long published) {
        if (published == null) return this;
        long first = firstPublished == null ? published : Math.min(firstPublished, published);
        long last = lastPublished == null ? published : Math.max(lastPublished, published);
        return new StoryCentroid(storyId, firstSeen, lastUpdate, centroid, embeddings, first, last, actions, names);
    }

    /**
     * Whether an article published at {@code published} lies more than {@code gap} ms before the story's first
     * dated article or after its last: false when either side is undated, since no date is no evidence.
     */
    public boolean publishedApart(Long published, long gap) {
        if (published == null || firstPublished == null) return false;
        return published < firstPublished - gap || published > lastPublished + gap;
    }

    /** Whether the two stories' dated articles lie more than {@code gap} ms apart: then they never merge. */
    public boolean publishedApart(StoryCentroid other, long gap) {
        if (firstPublished == null || other.firstPublished == null) return false;
        return other.firstPublished > lastPublished + gap || other.lastPublished < firstPublished - gap;
    }
}
