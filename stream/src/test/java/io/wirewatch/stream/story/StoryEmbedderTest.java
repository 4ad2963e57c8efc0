package io.wirewatch.stream.story;

import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shipped sentence-embedding model, run in-process as the story stage runs it. */
class StoryEmbedderTest {
    final StoryEmbedder embedder = StoryEmbedder.shared();

    @Test
    void encodingKeepsTheCosine() {
        String[] texts = {"Amazon hit by an export directive on AI chips",
                "Negotiations over the export order stalled for a second week",
                "Heavy rain floods the river valley overnight"};
        for (String x : texts) {
            for (String y : texts) {
                float[] a = embedder.vector(x), b = embedder.vector(y);
                double exact = StoryEmbedder.cosine(a, b);
                double carried = StoryEmbedder.cosine(StoryEmbedder.decode(StoryEmbedder.encode(a)),
                        StoryEmbedder.decode(StoryEmbedder.encode(b)));
                assertThat(carried).isCloseTo(exact, within(0.01));
                // the assign step's int8 cosine is the decoded vectors' cosine
                assertThat(StoryEmbedder.cosine(StoryEmbedder.bytes(StoryEmbedder.encode(a)),
                        StoryEmbedder.bytes(StoryEmbedder.encode(b)))).isCloseTo(carried, within(1e-12));
            }
        }
        assertThat(StoryEmbedder.encode(embedder.vector(texts[0]))).hasSize(512);
    }

    @Test
    void readsTheTitleAndTheLeadOnly() {
        String body = "Ports reopen after the strike. " + "word ".repeat(200);
        Article a = article("Ports reopen after the strike", body);
        String text = StoryEmbedder.text(a);
        // the title once (feeds often repeat it as the body's first line), then 90 words of the body
        assertThat(text).startsWith("Ports reopen after the strike. word word");
        assertThat(text.split(" ")).hasSize(5 + StoryEmbedder.LEAD_WORDS);
        assertThat(StoryEmbedder.text(article("Only a headline", "Only a headline"))).isEqualTo("Only a headline");
    }

    @Test
    void seedsOfOneStoryAreCloseInMeaningAndUnrelatedLeadsAreNot() throws IOException {
        List<float[]> seeds = new ArrayList<>();
        for (Path f : PlainTextArticles.list(StoryEngineTest.SEEDS)) {
            seeds.add(StoryEmbedder.decode(embedder.embed(PlainTextArticles.article(PlainTextArticles.read(f), Instant.EPOCH))));
        }
        float[] tokyo = StoryEmbedder.decode(embedder.embed(PlainTextArticles.article(
                PlainTextArticles.read(StoryEngineTest.FOLLOWUPS.resolve("10-tokyo-00-base.txt")), Instant.EPOCH)));
        float[] device = StoryEmbedder.decode(embedder.embed(PlainTextArticles.article(
                PlainTextArticles.read(StoryEngineTest.FOLLOWUPS.resolve("20-device-00-base.txt")), Instant.EPOCH)));
        double closestSeedPair = -1;
        for (int i = 1; i < seeds.size(); i++) {
            double best = -1;
            for (int j = 0; j < i; j++) best = Math.max(best, StoryEmbedder.cosine(seeds.get(i), seeds.get(j)));
            // every seed is close to one seed before it: it may join by meaning and is never vetoed
            assertThat(best).isGreaterThan(StorySettings.defaults().embeddingMinSimilarity());
            closestSeedPair = Math.max(closestSeedPair, best);
        }
        assertThat(closestSeedPair).isGreaterThan(StorySettings.defaults().embeddingJoinLong());
        // the device story shares nothing with the seeds' export story
        for (float[] s : seeds) assertThat(StoryEmbedder.cosine(device, s)).isLessThan(StorySettings.defaults().embeddingJoinLong());
        // the same company's other event is further from the seeds than the seeds are from each other
        for (float[] s : seeds) assertThat(StoryEmbedder.cosine(tokyo, s)).isLessThan(closestSeedPair);
    }

    @Test
    void threadsShareOneModelAndGetTheSameEmbeddings() throws Exception {
        // every stream thread of an instance embeds through the one shared model: results must not depend on
        // which thread asks, or on what the others do at the same time, or replays would differ
        List<Article> articles = new ArrayList<>();
        for (Path f : PlainTextArticles.list(StoryEngineTest.SEEDS)) {
            articles.add(PlainTextArticles.article(PlainTextArticles.read(f), Instant.EPOCH));
        }
        for (Path f : PlainTextArticles.list(StoryEngineTest.FOLLOWUPS)) {
            articles.add(PlainTextArticles.article(PlainTextArticles.read(f), Instant.EPOCH));
        }
        List<String> alone = articles.stream().map(embedder::embed).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    // each thread walks the articles from a different start, so different texts run at once
                    String[] out = new String[articles.size()];
                    for (int i = 0; i < articles.size(); i++) {
                        int k = (i + offset * 3) % articles.size();
                        out[k] = embedder.embed(articles.get(k));
                    }
                    return List.of(out);
                }));
            }
            for (var run : runs) assertThat(run.get()).isEqualTo(alone);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void embedsLatinScriptLanguagesButReadsOnlyEnglishAndUnknown() {
        Article english = article("Ports reopen after the strike", "Ports reopen after the strike and ships unload.");
        for (Article a : List.of(english, withLanguage(english, null), withLanguage(english, "en-GB"))) {
            assertThat(embedder.embedOrNull(a)).isNotNull();
            assertThat(StoryEmbedder.reads(a)).isTrue();
            assertThat(embedder.actionOrNull(a)).isNotNull();
        }
        // another language in Latin letters is embedded for the meaning floor, but neither read by meaning alone nor
        // masked; in another script the model has no word pieces to read it by
        Article spanish = withLanguage(article("Reabren los puertos tras la huelga", "Los barcos descargan en Valdeluz."), "es");
        assertThat(embedder.embedOrNull(spanish)).isNotNull();
        assertThat(StoryEmbedder.reads(spanish)).isFalse();
        assertThat(embedder.actionOrNull(spanish)).isNull();
        Article russian = withLanguage(article("Порты открылись после забастовки", "Порты открылись после забастовки."), "ru");
        assertThat(embedder.embedOrNull(russian)).isNull();
        assertThat(embedder.actionOrNull(russian)).isNull();
    }

    @Test
    void aModelThatFailsToLoadSaysWhatToDoUnlessTheProcessIsStopping() {
        assertThat(StoryEmbedder.explain(new UnsatisfiedLinkError("no onnxruntime in java.library.path")).getMessage())
                .contains("could not load", StoryConfig.EMBEDDINGS + "=false");
        Throwable stopping = new ExceptionInInitializerError(new IllegalStateException("Shutdown in progress"));
        assertThat(StoryEmbedder.explain(stopping).getMessage()).contains("shutting down")
                .doesNotContain(StoryConfig.EMBEDDINGS);
    }

    private static Article withLanguage(Article a, String language) {
        return new Article(a.articleId(), a.input(), a.source(), a.url(), a.canonicalUrl(), a.fetchedAt(),
                a.publishedAt(), a.modifiedAt(), a.title(), a.body(), a.byline(), language, a.siteName(), a.fingerprint(),
                a.revision(), a.entities(), a.topics(), a.storyId());
    }

    private static Article article(String title, String body) {
        return new Article("a", "a", "", null, null, Instant.EPOCH, null, null, title, body, null, "en", null,
                TextNormalizer.fingerprint(body), 1, List.of(), List.of(), null);
    }
}
