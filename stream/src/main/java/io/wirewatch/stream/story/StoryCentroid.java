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
 */
public record StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid,
                            List<String> embeddings) {
    public StoryCentroid {
        Objects.requireNonNull(storyId, "storyId");
        centroid = centroid == null ? Map.of() : centroid;
        embeddings = embeddings == null ? List.of() : List.copyOf(embeddings);
    }

    public StoryCentroid(String storyId, long firstSeen, long lastUpdate, Map<String, Double> centroid) {
        this(storyId, firstSeen, lastUpdate, centroid, List.of());
    }
}
