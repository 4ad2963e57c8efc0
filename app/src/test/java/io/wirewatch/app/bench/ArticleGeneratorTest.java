package io.wirewatch.app.bench;

import io.wirewatch.common.Ids;
import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleGeneratorTest {
    static BenchCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = BenchCorpus.load();
    }

    @Test
    void sameSeedGivesSameArticlesAndOtherSeedDoesNot() {
        ArticleGenerator a = new ArticleGenerator(corpus, 1, "a", 0.3);
        ArticleGenerator b = new ArticleGenerator(corpus, 1, "a", 0.3);
        ArticleGenerator c = new ArticleGenerator(corpus, 2, "a", 0.3);
        for (int i = 0; i < 50; i++) assertThat(a.article(i)).isEqualTo(b.article(i));
        assertThat(a.article(10).raw().body()).isNotEqualTo(c.article(10).raw().body());
    }

    @Test
    void originalsAreDistinctAndCopiesMatchTheirOriginal() {
        ArticleGenerator g = new ArticleGenerator(corpus, 42, "a", 0.4);
        Set<String> originalBodies = new HashSet<>();
        Set<String> urls = new HashSet<>();
        int exact = 0;
        int near = 0;
        for (int i = 0; i < 1000; i++) {
            ArticleGenerator.Generated x = g.article(i);
            RawArticle r = x.raw();
            assertThat(urls.add(r.canonicalUrl())).as("URL of %s is unique", r.input()).isTrue();
            assertThat(r.id()).isEqualTo(Ids.articleId(Ids.canonicalUrl(r.url()), TextNormalizer.fingerprint(r.body())));
            assertThat(r.input()).isEqualTo("bench/a/" + i);
            switch (x.kind()) {
                case ORIGINAL -> assertThat(originalBodies.add(TextNormalizer.fingerprint(r.body()))).isTrue();
                case EXACT_COPY -> {
                    exact++;
                    RawArticle of = g.article(x.copyOf()).raw();
                    assertThat(r.body()).isEqualTo(of.body());
                    assertThat(r.title()).isNotEqualTo(of.title());
                    assertThat(r.source()).isNotEqualTo(of.source());
                }
                case NEAR_COPY -> {
                    near++;
                    RawArticle of = g.article(x.copyOf()).raw();
                    assertThat(TextNormalizer.fingerprint(r.body())).isNotEqualTo(TextNormalizer.fingerprint(of.body()));
                    assertThat(r.body()).contains(of.body().split("\n\n")[1]);
                }
            }
        }
        // 40% copies, half exact: allow sampling noise.
        assertThat(exact).isBetween(150, 250);
        assertThat(near).isBetween(150, 250);
    }

    @Test
    void articlesOfOneStoryShareVocabularyButAreNotCopies() {
        ArticleGenerator g = new ArticleGenerator(corpus, 42, "a", 0.0);
        // Neighbours are mostly in the same few concurrent stories: some paragraph overlap, never all.
        int sharing = 0;
        for (int i = 0; i < 200; i++) {
            Set<String> p = new HashSet<>(List.of(g.article(i).raw().body().split("\n\n")));
            Set<String> q = new HashSet<>(List.of(g.article(i + 1).raw().body().split("\n\n")));
            q.retainAll(p);
            if (!q.isEmpty()) sharing++;
            assertThat(q.size()).isLessThan(p.size());
        }
        assertThat(sharing).isPositive();
    }
}
