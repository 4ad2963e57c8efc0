package io.wirewatch.stream.story;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.StorySummary;

import java.util.Optional;

/**
 * The whole story stage in one process: {@link StoryAssigner} (which story) then {@link StoryDeveloper}
 * (what the article adds), on one {@link StoryState}. The topology runs the two halves in different
 * tasks ({@link StoryAssignProcessor} on one partition, {@link StoryDevelopProcessor} on the story's);
 * evaluations, benchmarks and unit tests use this class, which gives the same results because each
 * half sees the same inputs in the same order.
 */
public final class StoryEngine {
    /**
     * What one article did: the article with its story id, the alert it raised (or null) and the
     * story's new summary.
     */
    public record Outcome(Article article, Alert alert, StorySummary summary, boolean newStory, double similarity,
                          NoveltyJudge.Verdict verdict) {
    }

    private final StoryAssigner assigner;
    private final StoryDeveloper developer;
    /** Null when {@link StorySettings#embeddings()} is off. */
    private final StoryEmbedder embedder;
    /** Whether the masked embedding is computed ({@link StorySettings#actionFloor()}). */
    private final boolean actionFloor;

    public StoryEngine(StoryState state, StorySettings settings) {
        this(state, settings, BackgroundFrequencies.shipped());
    }

    public StoryEngine(StoryState state, StorySettings settings, BackgroundFrequencies background) {
        this.assigner = new StoryAssigner(state, settings, background);
        this.developer = new StoryDeveloper(state, settings);
        this.embedder = settings.embeddings() ? StoryEmbedder.shared() : null;
        this.actionFloor = settings.actionFloor();
    }

    public Outcome onArticle(Article a, long ts) {
        return onArticle(a, embedder == null ? null : embedder.embedOrNull(a),
                embedder == null || !actionFloor ? null : embedder.actionOrNull(a), ts);
    }

    /**
     * As {@link #onArticle(Article, long)} with the article's embeddings already computed: of its title and lead,
     * and of the same with names and figures masked (null: none).
     */
    public Outcome onArticle(Article a, String embedding, String action, long ts) {
        StoryAssigner.Assignment decision = assigner.assign(a, embedding, action, ts);
        // as in the topology: the merged stories hand over before the article that merged them is developed
        for (String merged : decision.merged()) {
            developer.onHandoff(developer.onMerged(merged, decision.storyId(), ts).handoff(), ts);
        }
        return developer.develop(a, decision, ts);
    }

    /** The story that carries on for this id (itself unless it was merged into another). */
    public String resolve(String storyId) {
        return assigner.resolve(storyId);
    }

    /** Counts a copy of a known article towards its story; empty when the original's story is unknown. */
    public Optional<StorySummary> onDuplicate(Duplicate d, long ts) {
        return assigner.storyOf(d, ts).flatMap(story -> developer.onDuplicate(d, story, ts));
    }

    /** Forgets stories, articles and index entries not updated for the retention period (record time). */
    public int expire(long streamTime) {
        int stories = assigner.expire(streamTime);
        developer.expire(streamTime);
        return stories;
    }
}
