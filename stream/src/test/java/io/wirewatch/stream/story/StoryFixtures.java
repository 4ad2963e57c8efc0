package io.wirewatch.stream.story;

import io.wirewatch.common.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Small folders of hand-written articles replayed after the seeds, as the story tests with the real model use them. */
final class StoryFixtures {
    private StoryFixtures() {
    }

    /** Each file's story id when the seeds, then the folder's files, are replayed in name order an hour apart. */
    static Map<String, String> replay(Path folder, StorySettings settings) throws IOException {
        return AlertEvaluation.replay(Path.of("../seeds"), folder, settings).stream()
                .collect(Collectors.toMap(AlertEvaluation.Row::name, AlertEvaluation.Row::storyId));
    }

    static Article article(Path folder, String file) throws IOException {
        return PlainTextArticles.article(PlainTextArticles.read(folder.resolve(file)), Instant.EPOCH);
    }

    /**
     * Reads a file of a blind set half an hour after its publication time, as the live replay does, and returns the
     * story id the engine gives it (the resolved id may differ once stories merge: {@link StoryEngine#resolve}).
     */
    static String readLive(StoryEngine engine, Path set, String file) throws IOException {
        PlainTextArticles.Text text = PlainTextArticles.read(set.resolve(file));
        Instant at = text.published().plusSeconds(1800);
        return engine.onArticle(PlainTextArticles.article(text, at, text.published()), at.toEpochMilli()).article().storyId();
    }

    /** Cosine of two encoded embeddings ({@link StoryEmbedder#encode}). */
    static double cosine(String a, String b) {
        return StoryEmbedder.cosine(StoryEmbedder.decode(a), StoryEmbedder.decode(b));
    }
}
