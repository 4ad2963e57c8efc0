package io.wirewatch.stream.tag;

import io.wirewatch.common.model.TopicTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClassifierTest {
    private static final TopicClassifier CLASSIFIER = new TopicClassifier();
    private static final String POLITICS = "medtop:11000000";
    private static final String SCI_TECH = "medtop:13000000";

    @Test
    void everyArticleGetsOneToThreeTopicsLedByATopLevelOne() {
        IptcTaxonomy tax = IptcTaxonomy.defaults();
        for (String set : List.of("seeds", "heldout")) {
            for (EntityGold.GoldArticle a : EntityGold.load(set)) {
                List<TopicTag> tags = CLASSIFIER.classify("", a.text());
                assertThat(tags).as(a.id()).hasSizeBetween(1, 3);
                assertThat(tax.get(tags.get(0).code()).parent()).as(a.id()).isNull();
                tags.forEach(t -> assertThat(t.score()).isBetween(0.0, 1.0));
                tags.forEach(t -> assertThat(t.label()).isEqualTo(tax.get(t.code()).label()));
            }
        }
    }

    @Test
    void exportControlSeedsLandInPoliticsAndInScienceAndTechnology() {
        for (EntityGold.GoldArticle a : EntityGold.load("seeds")) {
            List<String> codes = CLASSIFIER.classify("", a.text()).stream().map(TopicTag::code).toList();
            assertThat(codes).as(a.id()).contains(POLITICS, SCI_TECH);
            assertThat(codes.get(0)).as(a.id()).isIn(POLITICS, SCI_TECH);
        }
    }

    @Test
    void deeperTopicNeedsItsLabelWordsInTheText() {
        List<TopicTag> tags = CLASSIFIER.classify("Union calls strike at car plant",
                "Workers at the plant will strike on Monday after the union rejected a pay offer. The labour "
                        + "dispute is the first in ten years; picket lines are planned.");
        assertThat(tags.get(0).code()).isEqualTo("medtop:09000000");
        assertThat(tags).extracting(TopicTag::code).containsAnyOf("medtop:20000530", "medtop:20000529");
    }

    @Test
    void textWithoutTopicalWordsGetsNoTopic() {
        assertThat(CLASSIFIER.classify("", "zzz qqq")).isEmpty();
    }

    @Test
    void headlineSampleTopLevelAccuracyDoesNotRegress() {
        // A floor under the measured figure (see the report), not the 85% target, which this model misses on
        // headlines: it catches regressions in the vocabulary-only model.
        TopicEvaluation.Result r = TopicEvaluation.evaluate(CLASSIFIER, TopicEvaluation.sample());
        assertThat(r.n()).isEqualTo(399);
        assertThat(r.fourWayAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.58);
    }

    @Test
    void handLabelledEnglishArticlesTopLevelAccuracyDoesNotRegress() {
        // A floor under the measured 141/161 (0.876, calibration and held-out halves together; see the report).
        List<TopicEvaluation.LabelledArticle> english = TopicEvaluation.articles().stream()
                .filter(a -> a.language().equals("en")).toList();
        TopicEvaluation.ArticleResult r = TopicEvaluation.evaluateArticles(CLASSIFIER, english);
        assertThat(r.n()).isEqualTo(161);
        assertThat(r.top1Accuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void polysemousEverydayWordsCountLessThanSingleSenseTerms() {
        var generality = TopicClassifier.loadGenerality("tag/topics/wordnet-senses.tsv.gz");
        double point = TopicClassifier.specificity(TextTerms.stem("point"), generality);
        double vaccine = TopicClassifier.specificity(TextTerms.stem("vaccine"), generality);
        assertThat(point).isLessThan(vaccine);
        assertThat(vaccine).isEqualTo(1.0);
    }

    @Test
    void everyLabelledArticleHasTopLevelLabelsAndTheSplitIsRoughlyHalf() {
        IptcTaxonomy tax = IptcTaxonomy.defaults();
        List<TopicEvaluation.LabelledArticle> all = TopicEvaluation.articles();
        assertThat(all).hasSize(181);
        all.forEach(a -> a.accepted().forEach(code -> assertThat(tax.get(code).parent()).as(a.id()).isNull()));
        long cal = all.stream().filter(a -> TopicEvaluation.isCalibration(a.id())).count();
        assertThat(cal).isBetween(all.size() * 35L / 100, all.size() * 65L / 100);
    }
}
