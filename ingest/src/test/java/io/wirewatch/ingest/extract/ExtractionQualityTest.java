package io.wirewatch.ingest.extract;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard: the article-extraction-benchmark metric over all 181 copied pages. The bar
 * is F1 >= 0.95; {@link ExtractionBenchmark} prints the full comparison with Readability4J.
 */
class ExtractionQualityTest {

    @Test
    void f1OnTheScrapinghubBenchmarkIsAtLeast095() throws Exception {
        List<BenchmarkData> pages = BenchmarkData.load(datasetDir());
        assertThat(pages).hasSize(181);
        JsoupArticleExtractor extractor = new JsoupArticleExtractor();
        ShingleMetric metric = new ShingleMetric();
        for (BenchmarkData p : pages) metric.add(p.truth(), extractor.extract(p.html(), null, p.url()).articleBody());
        assertThat(metric.f1()).as("F1 (P=%.4f R=%.4f)", metric.precision(), metric.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void metricMatchesEvaluatePyOnHandComputedCases() {
        assertThat(ShingleMetric.score("a b c d e", "a b c d e")).isEqualTo(new ShingleMetric.PageScore(1, 1));
        // truth shingles {abcd, bcde}; predicted {abcd}: tp=1 fp=0 fn=1
        assertThat(ShingleMetric.score("a b c d e", "a b c d")).isEqualTo(new ShingleMetric.PageScore(1, 0.5));
        assertThat(ShingleMetric.score("a b c d", "")).isEqualTo(new ShingleMetric.PageScore(0, 0));
        // case-sensitive, punctuation ignored, Unicode word characters kept
        assertThat(ShingleMetric.tokens("Café, l'été! X_1")).containsExactly("Café", "l", "été", "X_1");
        assertThat(ShingleMetric.score("One two three four", "one two three four").precision()).isZero();
    }

    static Path datasetDir() throws URISyntaxException {
        return Path.of(ExtractionQualityTest.class.getResource("/extraction/ground-truth.json").toURI()).getParent();
    }
}
