package io.wirewatch.stream.story;

import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.Entity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on in-memory state, with the seeds and the hand-written follow-ups. */
class StoryEngineTest {
    static final Path SEEDS = Path.of("..", "seeds");
    static final Path FOLLOWUPS = Path.of("src", "test", "resources", "story", "followups");
    static final long HOUR = 3_600_000L;

    StoryEngine engine;
    long now;

    @BeforeEach
    void fresh() {
        engine = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        now = Instant.parse("2026-06-13T00:00:00Z").toEpochMilli();
    }

    private StoryEngine.Outcome feed(Path file) throws IOException {
        return feed(PlainTextArticles.article(PlainTextArticles.read(file), Instant.ofEpochMilli(now)));
    }

    private StoryEngine.Outcome feed(Article a) {
        StoryEngine.Outcome o = engine.onArticle(a, now);
        now += HOUR;
        return o;
    }

    private String seedStory() throws IOException {
        String id = null;
        for (Path f : PlainTextArticles.list(SEEDS)) id = feed(f).article().storyId();
        return id;
    }

    @Test
    void separatesDifferentEventsSharingACompany() throws IOException {
        String exportStory = seedStory();
        StoryEngine.Outcome tokyo = feed(FOLLOWUPS.resolve("10-tokyo-00-base.txt"));
        assertThat(tokyo.newStory()).isTrue();
        assertThat(tokyo.article().storyId()).isNotEqualTo(exportStory);
        assertThat(tokyo.alert().type()).isEqualTo(AlertType.NEW_STORY);
    }

    @Test
    void rewriteRaisesNoDevelopment() throws IOException {
        String story = seedStory();
        for (String f : List.of("03-seeds-rewrite-order.txt", "04-seeds-rewrite-stalled.txt",
                "05-seeds-rewrite-explainer.txt")) {
            StoryEngine.Outcome o = feed(FOLLOWUPS.resolve(f));
            assertThat(o.article().storyId()).as(f).isEqualTo(story);
            assertThat(o.alert()).as(f).isNull();
        }
    }

    @Test
    void followUpWithNewFactsRaisesDevelopmentSayingWhatIsNew() throws IOException {
        String story = seedStory();
        StoryEngine.Outcome o = feed(FOLLOWUPS.resolve("01-seeds-dev-deal.txt"));
        assertThat(o.article().storyId()).isEqualTo(story);
        assertThat(o.alert().type()).isEqualTo(AlertType.DEVELOPMENT);
        assertThat(o.alert().whatsNew()).hasSizeBetween(1, 3)
                .anySatisfy(s -> assertThat(s).contains("27 allied countries"));
        assertThat(o.summary().timeline()).last().extracting(d -> d.articleId()).isEqualTo(o.article().articleId());
    }

    /**
     * A story silent for story.dormant.after.ms takes no more headlines, but an article with a lead may still join it
     * (an inquiry's findings a week on); silent for story.published.apart.ms, it takes none.
     */
    @Test
    void dormantStoryIsNotJoined() throws IOException {
        List<Path> seeds = PlainTextArticles.list(SEEDS);
        StorySettings defaults = StorySettings.defaults();
        String first = feed(seeds.get(0)).article().storyId();
        now += defaults.dormantAfterMs() + HOUR;
        StoryEngine.Outcome daysOn = feed(seeds.get(1));
        assertThat(daysOn.newStory()).isFalse();
        assertThat(daysOn.article().storyId()).isEqualTo(first);
        now += Math.max(defaults.dormantAfterMs(), defaults.publishedApartMs()) + HOUR;
        StoryEngine.Outcome late = feed(seeds.get(2));
        assertThat(late.newStory()).isTrue();
        assertThat(late.article().storyId()).isNotEqualTo(first);
    }

    @Test
    void sharedSalientEntityAloneDoesNotJoin() {
        Entity anthropic = new Entity("Anthropic", "ORGANIZATION", 3, 0.9, List.of());
        Article a = article("a", "Anthropic opens an office in Tokyo",
                "Anthropic opened an office in Tokyo on Tuesday with twenty staff.", List.of(anthropic));
        Article b = article("b", "Anthropic hit by an export directive",
                "The administration ordered Anthropic to suspend foreign access to its models.", List.of(anthropic));
        String sa = feed(a).article().storyId();
        StoryEngine.Outcome ob = feed(b);
        assertThat(ob.newStory()).isTrue();
        assertThat(ob.article().storyId()).isNotEqualTo(sa);
    }

    @Test
    void headlinesSharingOneRareEventWordJoin() {
        // headline-only items (body = headline): eight words leave room for one shared event word, not two
        Article a = article("a", "Titanosaur skeleton unearthed in Patagonia",
                "Titanosaur skeleton unearthed in Patagonia", List.of());
        Article b = article("b", "Titanosaur weighed as much as 14 elephants",
                "Titanosaur weighed as much as 14 elephants", List.of());
        String sa = feed(a).article().storyId();
        assertThat(feed(b).article().storyId()).isEqualTo(sa);

        // the same pair when headlines must share two words, as articles with a lead must (words alone: their
        // meanings are close enough to join by embedding anyway)
        StoryEngine strict = new StoryEngine(StoryState.inMemory(),
                StorySettings.defaults().withShortMinSharedTerms(2).withEmbeddings(false));
        String strictA = strict.onArticle(a, now).article().storyId();
        assertThat(strict.onArticle(b, now + HOUR).article().storyId()).isNotEqualTo(strictA);
    }

    @Test
    void headlinesSharingOnlyACompanyNameStayApart() {
        Entity anthropic = new Entity("Anthropic", "ORGANIZATION", 1, 1.0, List.of());
        Article a = article("a", "Anthropic opens an office in Tokyo", "Anthropic opens an office in Tokyo",
                List.of(anthropic));
        Article b = article("b", "Anthropic hit by an export directive", "Anthropic hit by an export directive",
                List.of(anthropic));
        String sa = feed(a).article().storyId();
        StoryEngine.Outcome ob = feed(b);
        assertThat(ob.newStory()).isTrue();
        assertThat(ob.article().storyId()).isNotEqualTo(sa);

        // it is the name that keeps them apart: untagged, the one shared word would count as an event word
        StoryEngine untagged = new StoryEngine(StoryState.inMemory(), StorySettings.defaults());
        String ua = untagged.onArticle(article("a", a.title(), a.body(), List.of()), now).article().storyId();
        assertThat(untagged.onArticle(article("b", b.title(), b.body(), List.of()), now + HOUR).article().storyId())
                .isEqualTo(ua);
    }

    @Test
    void followUpSpellingVariantTakesTheStorysNameForTheEntity() {
        Article a = article("a", "Anthropic ordered to suspend foreign access to Mythos models",
                "The Commerce Department ordered Anthropic to suspend foreign access to its Mythos models under an "
                        + "export directive issued on Friday.",
                List.of(new Entity("Anthropic", "ORGANIZATION", 3, 0.9, List.of())));
        Article b = article("b", "Anthroplic told to suspend foreign access to Mythos models, sources say",
                "The Commerce Department export directive orders Anthroplic to suspend foreign access to its Mythos "
                        + "models, sources said.",
                List.of(new Entity("Anthroplic", "PERSON", 1, 0.9, List.of())));
        String story = feed(a).article().storyId();
        StoryEngine.Outcome ob = feed(b);
        assertThat(ob.article().storyId()).isEqualTo(story);
        assertThat(ob.article().entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Anthropic");
            assertThat(e.type()).isEqualTo("ORGANIZATION");
            assertThat(e.aliases()).contains("Anthroplic");
        });
        assertThat(ob.summary().topEntities()).extracting(Entity::name).containsExactly("Anthropic");
    }

    @Test
    void articleThatJoinsTwoStoriesMergesThemAndTheMergedOneSaysWhere() {
        // two headlines of one event that share only one word start two stories; a third says both
        String first = feed(article("m1", "Largest dinosaur ever discovered weighed as much as 14 elephants",
                "Largest dinosaur ever discovered weighed as much as 14 elephants", List.of())).article().storyId();
        now += HOUR;
        String second = feed(article("m2", "Titanosaur femur unearthed in Argentina by fossil hunters",
                "Titanosaur femur unearthed in Argentina by fossil hunters", List.of())).article().storyId();
        assertThat(second).isNotEqualTo(first);
        now += HOUR;
        StoryEngine.Outcome bridge = feed(article("m3",
                "Titanosaur femur unearthed in Argentina: largest dinosaur ever discovered, 14 elephants heavy",
                "Titanosaur femur unearthed in Argentina: largest dinosaur ever discovered, 14 elephants heavy",
                List.of()));
        String carriesOn = bridge.article().storyId();
        assertThat(carriesOn).isIn(first, second);
        String merged = carriesOn.equals(first) ? second : first;
        assertThat(engine.resolve(merged)).isEqualTo(carriesOn);
        assertThat(engine.resolve(carriesOn)).isEqualTo(carriesOn);
        // a later headline that only the merged story's words explain joins the story that carries on
        now += HOUR;
        String text = carriesOn.equals(first) ? "Titanosaur femur unearthed in Argentina, fossil hunters say"
                : "Largest dinosaur ever discovered weighed as much as 14 elephants, scientists say";
        StoryEngine.Outcome later = feed(article("m4", text, text, List.of()));
        assertThat(later.article().storyId()).isEqualTo(carriesOn);
        assertThat(later.summary().mergedInto()).isNull();
    }

    @Test
    void entitiesAreSummedIntoTheStorySummary() {
        Entity jassy = new Entity("Andy Jassy", "PERSON", 2, 0.8, List.of("Jassy"));
        Article a = article("a", "Amazon chief Andy Jassy warns officials about model misuse",
                "Amazon chief executive Andy Jassy warned officials that researchers coaxed a model into "
                        + "producing attack instructions.", List.of(jassy));
        Article b = article("b", "Andy Jassy warned officials about model misuse, report says",
                "Amazon chief executive Andy Jassy warned U.S. officials that Amazon researchers coaxed a model "
                        + "into producing attack instructions, a report says.", List.of(jassy));
        feed(a);
        StoryEngine.Outcome o = feed(b);
        assertThat(o.newStory()).isFalse();
        assertThat(o.summary().articleCount()).isEqualTo(2);
        assertThat(o.summary().topEntities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Andy Jassy");
            assertThat(e.mentions()).isEqualTo(4);
            assertThat(e.salience()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void updateOfKnownArticleIsJudgedAgainstItsStory() throws IOException {
        String story = seedStory();
        PlainTextArticles.Text deal = PlainTextArticles.read(FOLLOWUPS.resolve("01-seeds-dev-deal.txt"));
        Article first = PlainTextArticles.article(deal, Instant.ofEpochMilli(now));
        feed(first);
        Article typoFix = revision(first, deal.body().replace("temporary licence", "temporary license"), 2);
        StoryEngine.Outcome fixed = feed(typoFix);
        assertThat(fixed.article().storyId()).isEqualTo(story);
        assertThat(fixed.alert()).isNull();
        assertThat(fixed.summary().articleCount()).isEqualTo(6);

        Article moved = revision(first, deal.body() + "\n\nUpdate: Senator Elizabeth Warren said on Friday she would "
                + "hold a hearing on July 21 on the licence, calling the 180-day term \"a blank cheque for 14 months "
                + "of lobbying.\"", 3);
        StoryEngine.Outcome update = feed(moved);
        assertThat(update.alert().type()).isEqualTo(AlertType.DEVELOPMENT);
        assertThat(update.alert().whatsNew()).singleElement().asString().contains("Elizabeth Warren");
        assertThat(update.alert().alertId()).isNotEqualTo(fixed.article().articleId());
    }

    @Test
    void copiesCountTowardsTheirStory() throws IOException {
        String story = seedStory();
        String original = engine.onArticle(PlainTextArticles.article(
                PlainTextArticles.read(PlainTextArticles.list(SEEDS).get(0)), Instant.ofEpochMilli(now)), now)
                .article().articleId();
        var summary = engine.onDuplicate(new Duplicate("x", "x-id", original, "NEAR", 0.93,
                "https://www.example.org/copy", "", "", Instant.ofEpochMilli(now)), now).orElseThrow();
        assertThat(summary.storyId()).isEqualTo(story);
        assertThat(summary.duplicateCount()).isEqualTo(1);
        assertThat(summary.outlets()).contains("example.org");
        assertThat(engine.onDuplicate(new Duplicate("y", "y-id", "unknown", "EXACT", 1, null, "", "",
                Instant.ofEpochMilli(now)), now)).isEmpty();
    }

    @Test
    void expireForgetsStoriesPastRetention() throws IOException {
        StoryState state = StoryState.inMemory();
        engine = new StoryEngine(state, StorySettings.defaults());
        String story = seedStory();
        assertThat(engine.expire(now)).isZero();
        long later = now + StorySettings.defaults().retentionMs() + Duration.ofDays(1).toMillis();
        assertThat(engine.expire(later)).isEqualTo(1);
        assertThat(state.profiles().get(story)).isNull();
        assertThat(state.memories().get(story)).isNull();
        assertThat(state.articles().keysWhere(r -> true)).isEmpty();
        assertThat(state.index().keysWhere(e -> true)).isEmpty();
    }

    private static Article article(String id, String title, String body, List<Entity> entities) {
        return new Article(id, id, "", null, null, Instant.EPOCH, null, null, title, body, null, "en", null,
                TextNormalizer.fingerprint(body), 1, entities, List.of(), null);
    }

    private static Article revision(Article a, String body, int revision) {
        return new Article(a.articleId(), a.input(), a.source(), a.url(), a.canonicalUrl(), a.fetchedAt(),
                a.publishedAt(), a.modifiedAt(), a.title(), body, a.byline(), a.language(), a.siteName(),
                TextNormalizer.fingerprint(body), revision, a.entities(), a.topics(), null);
    }
}
