package io.wirewatch.stream.story;

import java.util.Map;

/** Typed, validated story settings (see {@link StoryConfig} for their meaning). */
public record StorySettings(double joinThreshold, double shortJoinThreshold, double minTextSimilarity, int minSharedTerms,
                            int shortMinSharedTerms, boolean embeddings, double embeddingJoin, double embeddingJoinLong,
                            double embeddingMinSimilarity, double shortEmbeddingMinSimilarity, double actionMinSimilarity,
                            boolean leadNames, boolean disclaimers, boolean eventDates, boolean meaningWithWords, boolean recapJoin,
                            boolean recapWithMeaning, long quietAfterMs,
                            double quietJoinFactor, double mergeMinRatio, int mergeBridges, long dormantAfterMs, long retentionMs,
                            long publishedApartMs, double developmentThreshold, int developmentMinNewFacts, int memorySentences) {
    public StorySettings {
        if (joinThreshold < 0 || joinThreshold > 1) throw new IllegalArgumentException("joinThreshold out of 0..1");
        if (shortJoinThreshold < 0 || shortJoinThreshold > 1) throw new IllegalArgumentException("shortJoinThreshold out of 0..1");
        if (minTextSimilarity < 0 || minTextSimilarity > 1) throw new IllegalArgumentException("minTextSimilarity out of 0..1");
        if (minSharedTerms < 0 || shortMinSharedTerms < 0) throw new IllegalArgumentException("min shared terms < 0");
        for (double t : new double[] {embeddingJoin, embeddingJoinLong, embeddingMinSimilarity, shortEmbeddingMinSimilarity,
                actionMinSimilarity}) {
            // above 1 switches a rule off (no cosine reaches it)
            if (t < -1 || t > 2) throw new IllegalArgumentException("embedding thresholds out of -1..2");
        }
        if (dormantAfterMs <= 0 || retentionMs < dormantAfterMs) throw new IllegalArgumentException("bad dormancy/retention");
        if (publishedApartMs <= 0) throw new IllegalArgumentException("publishedApartMs must be positive");
        if (quietAfterMs <= 0 || quietJoinFactor < 1) throw new IllegalArgumentException("bad quiet period/join factor");
        if (mergeMinRatio < 0 || mergeMinRatio > 1) throw new IllegalArgumentException("mergeMinRatio out of 0..1");
        if (mergeBridges < 1) throw new IllegalArgumentException("mergeBridges < 1");
        if (developmentThreshold < 0 || developmentMinNewFacts < 0 || memorySentences < 1) {
            throw new IllegalArgumentException("bad development settings");
        }
    }

    public static StorySettings defaults() {
        return new StoryConfig(Map.of()).settings();
    }

    public StorySettings withJoinThreshold(double t) {
        return with(c -> c.joinThreshold = t);
    }

    public StorySettings withShortJoinThreshold(double t) {
        return with(c -> c.shortJoinThreshold = t);
    }

    public StorySettings withMinTextSimilarity(double t) {
        return with(c -> c.minTextSimilarity = t);
    }

    public StorySettings withShortMinSharedTerms(int n) {
        return with(c -> c.shortMinSharedTerms = n);
    }

    /** Embeddings on or off (off: words and names alone, as before they were added). */
    public StorySettings withEmbeddings(boolean on) {
        return with(c -> c.embeddings = on);
    }

    public StorySettings withEmbeddingJoin(double shortItems, double longItems) {
        return with(c -> {
            c.embeddingJoin = shortItems;
            c.embeddingJoinLong = longItems;
        });
    }

    public StorySettings withEmbeddingMinSimilarity(double t) {
        return with(c -> c.embeddingMinSimilarity = t);
    }

    public StorySettings withShortEmbeddingMinSimilarity(double t) {
        return with(c -> c.shortEmbeddingMinSimilarity = t);
    }

    /**
     * Whether articles are embedded a second time with names and figures masked: embeddings on and the floor on
     * that embedding ({@link StoryConfig#ACTION_MIN_SIMILARITY}) not switched off (-1 or less). Off, the second
     * embedding is not computed at all.
     */
    public boolean actionFloor() {
        return embeddings && actionMinSimilarity > -1;
    }

    /** The floor on the masked embedding's cosine ({@link StoryConfig#ACTION_MIN_SIMILARITY}); -1 switches it off. */
    public StorySettings withActionMinSimilarity(double t) {
        return with(c -> c.actionMinSimilarity = t);
    }

    /** The rule on the names of titles and first sentences ({@link StoryConfig#LEAD_NAMES}) on or off. */
    public StorySettings withLeadNames(boolean on) {
        return with(c -> c.leadNames = on);
    }

    /** The rule on events an article disclaims ({@link StoryConfig#DISCLAIMERS}) on or off. */
    public StorySettings withDisclaimers(boolean on) {
        return with(c -> c.disclaimers = on);
    }

    /** The rule on the day of a story's event an article names ({@link StoryConfig#EVENT_DATES}) on or off. */
    public StorySettings withEventDates(boolean on) {
        return with(c -> c.eventDates = on);
    }

    /** The join on close meaning and near words ({@link StoryConfig#MEANING_WITH_WORDS}) on or off. */
    public StorySettings withMeaningWithWords(boolean on) {
        return with(c -> c.meaningWithWords = on);
    }

    /**
     * The join of an article in another language that repeats its story's heaviest words
     * ({@link StoryConfig#RECAP_JOIN}) on or off.
     */
    public StorySettings withRecapJoin(boolean on) {
        return with(c -> c.recapJoin = on);
    }

    /**
     * The join of an English article that repeats its story's heaviest words and stays close in meaning
     * ({@link StoryConfig#RECAP_WITH_MEANING}) on or off.
     */
    public StorySettings withRecapWithMeaning(boolean on) {
        return with(c -> c.recapWithMeaning = on);
    }

    /** Quiet period and the factor on the join threshold that reopening a quiet story takes. */
    public StorySettings withQuiet(long afterMs, double joinFactor) {
        return with(c -> {
            c.quietAfterMs = afterMs;
            c.quietJoinFactor = joinFactor;
        });
    }

    public StorySettings withMergeMinRatio(double r) {
        return with(c -> c.mergeMinRatio = r);
    }

    /** Articles that must join two stories (the second matched loosely) before they merge; 1: the first does. */
    public StorySettings withMergeBridges(int n) {
        return with(c -> c.mergeBridges = n);
    }

    public StorySettings withPublishedApart(long ms) {
        return with(c -> c.publishedApartMs = ms);
    }

    public StorySettings withDevelopmentThreshold(double t) {
        return with(c -> c.developmentThreshold = t);
    }

    private StorySettings with(java.util.function.Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** A mutable copy for the withers (a record has none); {@link #build()} validates again. */
    private static final class Copy {
        double joinThreshold, shortJoinThreshold, minTextSimilarity, embeddingJoin, embeddingJoinLong,
                embeddingMinSimilarity, shortEmbeddingMinSimilarity, actionMinSimilarity, quietJoinFactor, mergeMinRatio, developmentThreshold;
        int minSharedTerms, shortMinSharedTerms, mergeBridges, developmentMinNewFacts, memorySentences;
        boolean embeddings, leadNames, disclaimers, eventDates, meaningWithWords, recapJoin, recapWithMeaning;
        long quietAfterMs, dormantAfterMs, retentionMs, publishedApartMs;

        Copy(StorySettings s) {
            joinThreshold = s.joinThreshold;
            shortJoinThreshold = s.shortJoinThreshold;
            minTextSimilarity = s.minTextSimilarity;
            minSharedTerms = s.minSharedTerms;
            shortMinSharedTerms = s.shortMinSharedTerms;
            embeddings = s.embeddings;
            embeddingJoin = s.embeddingJoin;
            embeddingJoinLong = s.embeddingJoinLong;
            embeddingMinSimilarity = s.embeddingMinSimilarity;
            shortEmbeddingMinSimilarity = s.shortEmbeddingMinSimilarity;
            actionMinSimilarity = s.actionMinSimilarity;
            leadNames = s.leadNames;
            disclaimers = s.disclaimers;
            eventDates = s.eventDates;
            meaningWithWords = s.meaningWithWords;
            recapJoin = s.recapJoin;
            recapWithMeaning = s.recapWithMeaning;
            quietAfterMs = s.quietAfterMs;
            quietJoinFactor = s.quietJoinFactor;
            mergeMinRatio = s.mergeMinRatio;
            mergeBridges = s.mergeBridges;
            dormantAfterMs = s.dormantAfterMs;
            retentionMs = s.retentionMs;
            publishedApartMs = s.publishedApartMs;
            developmentThreshold = s.developmentThreshold;
            developmentMinNewFacts = s.developmentMinNewFacts;
            memorySentences = s.memorySentences;
        }

        StorySettings build() {
            return new StorySettings(joinThreshold, shortJoinThreshold, minTextSimilarity, minSharedTerms,
                    shortMinSharedTerms, embeddings, embeddingJoin, embeddingJoinLong, embeddingMinSimilarity,
                    shortEmbeddingMinSimilarity, actionMinSimilarity, leadNames, disclaimers, eventDates, meaningWithWords, recapJoin, recapWithMeaning,
                    quietAfterMs, quietJoinFactor, mergeMinRatio, mergeBridges, dormantAfterMs,
                    retentionMs, publishedApartMs, developmentThreshold,
                    developmentMinNewFacts, memorySentences);
        }
    }
}
