package io.wirewatch.stream.story;

import java.util.Map;

/** Typed, validated story settings (see {@link StoryConfig} for their meaning). */
public record StorySettings(double joinThreshold, double shortJoinThreshold, double minTextSimilarity, int minSharedTerms,
                            int shortMinSharedTerms, boolean embeddings, double embeddingJoin, double embeddingJoinLong,
                            double embeddingMinSimilarity, long dormantAfterMs, long retentionMs,
                            double developmentThreshold, int developmentMinNewFacts, int memorySentences) {
    public StorySettings {
        if (joinThreshold < 0 || joinThreshold > 1) throw new IllegalArgumentException("joinThreshold out of 0..1");
        if (shortJoinThreshold < 0 || shortJoinThreshold > 1) throw new IllegalArgumentException("shortJoinThreshold out of 0..1");
        if (minTextSimilarity < 0 || minTextSimilarity > 1) throw new IllegalArgumentException("minTextSimilarity out of 0..1");
        if (minSharedTerms < 0 || shortMinSharedTerms < 0) throw new IllegalArgumentException("min shared terms < 0");
        for (double t : new double[] {embeddingJoin, embeddingJoinLong, embeddingMinSimilarity}) {
            // above 1 switches a rule off (no cosine reaches it)
            if (t < -1 || t > 2) throw new IllegalArgumentException("embedding thresholds out of -1..2");
        }
        if (dormantAfterMs <= 0 || retentionMs < dormantAfterMs) throw new IllegalArgumentException("bad dormancy/retention");
        if (developmentThreshold < 0 || developmentMinNewFacts < 0 || memorySentences < 1) {
            throw new IllegalArgumentException("bad development settings");
        }
    }

    public static StorySettings defaults() {
        return new StoryConfig(Map.of()).settings();
    }

    public StorySettings withJoinThreshold(double t) {
        return new StorySettings(t, shortJoinThreshold, minTextSimilarity, minSharedTerms, shortMinSharedTerms, embeddings,
                embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, dormantAfterMs, retentionMs, developmentThreshold,
                developmentMinNewFacts, memorySentences);
    }

    public StorySettings withShortJoinThreshold(double t) {
        return new StorySettings(joinThreshold, t, minTextSimilarity, minSharedTerms, shortMinSharedTerms, embeddings,
                embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, dormantAfterMs, retentionMs, developmentThreshold,
                developmentMinNewFacts, memorySentences);
    }

    public StorySettings withMinTextSimilarity(double t) {
        return new StorySettings(joinThreshold, shortJoinThreshold, t, minSharedTerms, shortMinSharedTerms, embeddings,
                embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, dormantAfterMs, retentionMs, developmentThreshold,
                developmentMinNewFacts, memorySentences);
    }

    public StorySettings withShortMinSharedTerms(int n) {
        return new StorySettings(joinThreshold, shortJoinThreshold, minTextSimilarity, minSharedTerms, n, embeddings,
                embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, dormantAfterMs, retentionMs, developmentThreshold,
                developmentMinNewFacts, memorySentences);
    }

    /** Embeddings on or off (off: words and names alone, as before they were added). */
    public StorySettings withEmbeddings(boolean on) {
        return new StorySettings(joinThreshold, shortJoinThreshold, minTextSimilarity, minSharedTerms, shortMinSharedTerms, on,
                embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, dormantAfterMs, retentionMs, developmentThreshold,
                developmentMinNewFacts, memorySentences);
    }

    public StorySettings withEmbeddingJoin(double shortItems, double longItems) {
        return new StorySettings(joinThreshold, shortJoinThreshold, minTextSimilarity, minSharedTerms, shortMinSharedTerms,
                embeddings, shortItems, longItems, embeddingMinSimilarity, dormantAfterMs, retentionMs,
                developmentThreshold, developmentMinNewFacts, memorySentences);
    }

    public StorySettings withEmbeddingMinSimilarity(double t) {
        return new StorySettings(joinThreshold, shortJoinThreshold, minTextSimilarity, minSharedTerms, shortMinSharedTerms,
                embeddings, embeddingJoin, embeddingJoinLong, t, dormantAfterMs, retentionMs, developmentThreshold,
                developmentMinNewFacts, memorySentences);
    }

    public StorySettings withDevelopmentThreshold(double t) {
        return new StorySettings(joinThreshold, shortJoinThreshold, minTextSimilarity, minSharedTerms, shortMinSharedTerms,
                embeddings, embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, dormantAfterMs, retentionMs, t,
                developmentMinNewFacts, memorySentences);
    }
}
