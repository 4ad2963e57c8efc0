package io.wirewatch.stream.story;

import io.wirewatch.common.TextNormalizer;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Entity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the assigner uses embeddings, with hand-made vectors (encoded as the topology carries them) so that each
 * rule is tested on its own: the real model's figures are in {@link StoryEmbedderTest} and the evaluations.
 */
class StoryAssignerEmbeddingTest {
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    static final String LEAD = "The port authority said on Monday that the new container terminal in the north harbour "
            + "will open in March after three years of building, doubling the number of ships it can unload each "
            + "day, and that the two shipping lines that use it have signed contracts for ten years";

    final StoryState state = StoryState.inMemory();
    final StoryAssigner assigner = new StoryAssigner(state, StorySettings.defaults(), BackgroundFrequencies.shipped());
    long now = Instant.parse("2026-06-13T00:00:00Z").toEpochMilli();

    /** Another event at the same place: its words pass the join threshold, loosely; its meaning is far. */
    static final String STRIKE_TITLE = "Dock workers strike at the harbour";
    static final String STRIKE = "Dock workers at the harbour walked out on Friday over night shifts and pay, their union "
            + "said, and ships waiting there were sent to other ports while the port authority asked both sides for talks "
            + "before the terminal opens";

    @Test
    void longArticleFarInMeaningStaysOutOfAStoryItsWordsJoinLoosely() {
        // with a close meaning (cosine 0.9) the strike would join, by a cosine past the threshold but well short of
        // a strong match
        StoryAssigner other = new StoryAssigner(StoryState.inMemory(), StorySettings.defaults(), BackgroundFrequencies.shipped());
        String terminal = assign(other, "p1", "New container terminal opens in March", LEAD, meaning(1, 0)).storyId();
        StoryAssigner.Assignment close = assign(other, "p2", STRIKE_TITLE, STRIKE, meaning(0.9, 0.436));
        assertThat(close.storyId()).isEqualTo(terminal);
        assertThat(close.similarity()).isBetween(StorySettings.defaults().shortJoinThreshold(),
                StoryAssigner.STRONG_WORD_MATCH * StorySettings.defaults().joinThreshold());
        // a meaning the story has never had (cosine 0 < 0.5): another event
        String story = assign("p1", "New container terminal opens in March", LEAD, meaning(1, 0)).storyId();
        StoryAssigner.Assignment far = assign("p2", STRIKE_TITLE, STRIKE, meaning(0, 1));
        assertThat(far.newStory()).isTrue();
        assertThat(far.storyId()).isNotEqualTo(story);
    }

    /**
     * The same event told from another side reads unlike the first report in its lead, but its words match far
     * past the threshold: the meaning floor does not keep it out (the held-out fire story's neighbours' view).
     */
    @Test
    void longArticleWhoseWordsMatchStronglyJoinsThoughItsMeaningIsFar() {
        String story = assign("p1", "New container terminal opens in March", LEAD, meaning(1, 0)).storyId();
        StoryAssigner.Assignment retold = assign("p2", "New container terminal opens in March", LEAD + " again", meaning(0, 1));
        assertThat(retold.storyId()).isEqualTo(story);
        assertThat(retold.similarity()).isGreaterThan(StoryAssigner.STRONG_WORD_MATCH * StorySettings.defaults().joinThreshold());
    }

    /**
     * The same actor's other event: close in meaning read whole (the names weigh most), far once names and figures
     * are masked. The masked floor keeps it out; an article without a masked embedding, or a headline (too few words
     * are left once masked), is not held to it.
     */
    @Test
    void articleFarInMaskedMeaningStaysOutThoughItsWholeMeaningIsClose() {
        assertThat(strikeAfterTerminal(StorySettings.defaults(), meaning(0, 1)).newStory()).as("masked cosine 0 < 0.35").isTrue();
        assertThat(strikeAfterTerminal(StorySettings.defaults(), meaning(0.8, 0.6)).newStory()).as("masked cosine 0.8").isFalse();
        assertThat(strikeAfterTerminal(StorySettings.defaults(), null).newStory()).as("no masked embedding").isFalse();
        assertThat(strikeAfterTerminal(StorySettings.defaults().withActionMinSimilarity(-1), meaning(0, 1)).newStory())
                .as("the floor switched off").isFalse();
    }

    /** The strike (close in whole meaning, 0.9) with this masked embedding, after the terminal story, in a fresh state. */
    private StoryAssigner.Assignment strikeAfterTerminal(StorySettings settings, String action) {
        return strikeAfter(settings, "New container terminal opens in March", meaning(1, 0), STRIKE_TITLE,
                meaning(0.9, 0.436), action, "en");
    }

    /**
     * In a fresh state, the terminal story (this title and masked embedding, meaning (1, 0)), then the strike (this
     * title and embeddings), both in this language: the strike's assignment, checked to be the terminal's story or new.
     */
    private StoryAssigner.Assignment strikeAfter(StorySettings settings, String terminalTitle, String terminalAction,
                                                 String strikeTitle, String embedding, String action, String language) {
        StoryAssigner fresh = new StoryAssigner(StoryState.inMemory(), settings, BackgroundFrequencies.shipped());
        String terminal = assign(fresh, "p1", terminalTitle, LEAD, meaning(1, 0), terminalAction, language).storyId();
        StoryAssigner.Assignment strike = assign(fresh, "p2", strikeTitle, STRIKE, embedding, action, language);
        assertThat(strike.newStory()).isEqualTo(!strike.storyId().equals(terminal));
        return strike;
    }

    /**
     * The same kind of event elsewhere: the strike, close in meaning and masked meaning, at another port. Named in its
     * title and first sentence, none of the story's names: another event. Naming the story's port, it joins; with no
     * name of its own, or with the rule off, nothing is decided by names.
     */
    @Test
    void articleThatNamesNoneOfTheStorysNamesInItsFirstLinesStaysOut() {
        String elsewhere = "Dock workers strike at Ardley harbour";
        assertThat(strikeAt(StorySettings.defaults(), elsewhere, "en").newStory()).as("Ardley, not Portmoor").isTrue();
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at Portmoor harbour", "en").newStory())
                .as("Portmoor").isFalse();
        assertThat(strikeAt(StorySettings.defaults(), STRIKE_TITLE, "en").newStory()).as("no name").isFalse();
        assertThat(strikeAt(StorySettings.defaults().withLeadNames(false), elsewhere, "en").newStory()).as("rule off").isFalse();
        // a meaning close enough to join on its own (story.embedding.join.long) is one event told from elsewhere,
        // whatever its first lines name
        assertThat(strikeAt(StorySettings.defaults().withEmbeddingJoin(0.5, 0.55), elsewhere, "en").newStory())
                .as("meaning 0.6 against a join by meaning at 0.55").isFalse();
    }

    /**
     * A development often leads with a person the story had not named (the worker who died, the official charged); the
     * same kind of event elsewhere leads with its own place or body. Lead names that are all people's (the entity
     * tagger's, in English) do not keep an article out; one place among them still does.
     */
    @Test
    void articleWhoseFirstLinesNameOnlyANewPersonIsNotHeldToTheNames() {
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at the harbour, says Tom Bracewell", "en").newStory())
                .as("a person").isFalse();
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at Ardley harbour, says Tom Bracewell", "en")
                .newStory()).as("a person and a place").isTrue();
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at the harbour, says Tom Bracewell", "lv").newStory())
                .as("another language: the English tagger does not read its people").isTrue();
    }

    /**
     * Another language inflects a name ("Salaskalns", "Salaskalnā"): its names are one when their first five letters
     * are, so an inflected form of the story's place still joins, and another place still stays out.
     */
    @Test
    void articleInAnotherLanguageIsHeldToTheNamesByTheirFirstLetters() {
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at Ardley harbour", "lv").newStory())
                .as("Ardley, not Portmoor").isTrue();
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at Portmoorā harbour", "lv").newStory())
                .as("Portmoorā is Portmoor").isFalse();
        // in English a name is read whole: Portmoorā is another one
        assertThat(strikeAt(StorySettings.defaults(), "Dock workers strike at Portmoorā harbour", "en").newStory())
                .as("English").isTrue();
    }

    @Test
    void headlineIsNotHeldToTheNamesOfTheStorysFirstLines() {
        String story = assign(assigner, "h1", "Portmoor terminal doubles capacity", "Portmoor terminal doubles capacity",
                meaning(1, 0), meaning(1, 0)).storyId();
        assertThat(assign(assigner, "h2", "Harbour terminal at Ardley doubles capacity", "Harbour terminal at Ardley doubles capacity",
                meaning(0.95, 0.312), meaning(1, 0)).storyId()).isEqualTo(story);
    }

    @Test
    void storyKeepsTheNamesOfItsArticlesFirstLines() {
        String story = assign(assigner, "p1", "New container terminal opens in Portmoor", LEAD, meaning(1, 0)).storyId();
        assign(assigner, "p2", "Portmoor terminal signs Kestrel Line for ten years", LEAD + " again", meaning(1, 0));
        assertThat(state.centroids().get(story).names()).containsExactly("portmoor", "kestrel");
    }

    /**
     * The strike under this title and in this language, after the Portmoor terminal: close in meaning (0.6, past the
     * floor of 0.5, short of a join by meaning alone at 0.7) and in masked meaning.
     */
    private StoryAssigner.Assignment strikeAt(StorySettings settings, String title, String language) {
        return strikeAfter(settings, "New container terminal opens in Portmoor", meaning(1, 0), title, meaning(0.6, 0.8),
                meaning(0.6, 0.8), language);
    }

    @Test
    void headlineIsNotHeldToTheMaskedFloor() {
        String story = assign(assigner, "h1", "Harbour terminal doubles capacity", "Harbour terminal doubles capacity",
                meaning(1, 0), meaning(1, 0)).storyId();
        assertThat(assign(assigner, "h2", "Harbour terminal capacity doubled", "Harbour terminal capacity doubled",
                meaning(0.95, 0.312), meaning(0, 1)).storyId()).isEqualTo(story);
    }

    @Test
    void storyKeepsTheMaskedEmbeddingsOfItsLatestArticles() {
        String story = null;
        for (int i = 0; i < StoryAssigner.STORY_EMBEDDINGS + 2; i++) {
            story = assign(assigner, "p" + i, "New container terminal opens in March", LEAD + " " + i, meaning(1, 0),
                    meaning(1, i / 100.0)).storyId();
        }
        List<String> kept = state.centroids().get(story).actions();
        assertThat(kept).hasSize(StoryAssigner.STORY_EMBEDDINGS);
        assertThat(kept.get(kept.size() - 1)).isEqualTo(meaning(1, (StoryAssigner.STORY_EMBEDDINGS + 1) / 100.0));
    }

    @Test
    void wordsAloneDecideWhenThereIsNoEmbedding() {
        String story = assign("p1", "New container terminal opens in March", LEAD, meaning(1, 0)).storyId();
        assertThat(assign("p2", "New container terminal opens in March", LEAD + " again", null).storyId()).isEqualTo(story);
    }

    @Test
    void headlineTheWordsMissJoinsByMeaning() {
        // headlines that share only a name: one shared name is a subject, so the words' gates never join them
        String story = headline("h1", "Mojang doubles its staff", meaning(1, 0)).storyId();
        StoryAssigner.Assignment close = headline("h2", "Mojang sold for billions", meaning(0.8, 0.6));
        assertThat(close.storyId()).as("cosine 0.8 joins").isEqualTo(story);
        StoryAssigner.Assignment far = headline("h3", "Mojang fined over privacy", meaning(0.3, -0.954));
        assertThat(far.newStory()).as("cosine 0.3 does not").isTrue();
    }

    /**
     * Another language's embedding holds a full article to the meaning floor (the model reads its names, figures and
     * cognates well enough to tell another event) but never joins anything by meaning alone.
     */
    @Test
    void articleInAnotherLanguageFarInMeaningStaysOut() {
        assertThat(strikeAfterTerminalIn("es", meaning(0, 1)).newStory()).as("cosine 0").isTrue();
        assertThat(strikeAfterTerminalIn("es", meaning(0.9, 0.436)).newStory()).as("cosine 0.9").isFalse();
    }

    /** The strike with this embedding after the terminal story, both in this language, in a fresh state. */
    private StoryAssigner.Assignment strikeAfterTerminalIn(String language, String embedding) {
        return strikeAfter(StorySettings.defaults(), "New container terminal opens in March", null, STRIKE_TITLE, embedding,
                null, language);
    }

    @Test
    void articleInAnotherLanguageIsNeverJoinedByMeaningAlone() {
        List<Entity> mojang = List.of(new Entity("Mojang", "ORGANIZATION", 1, 1.0, List.of()));
        String story = assign(assigner, "h1", "Mojang doubles its staff", "Mojang doubles its staff", meaning(1, 0), null,
                mojang, "es").storyId();
        // in English the same cosine joins (headlineTheWordsMissJoinsByMeaning)
        StoryAssigner.Assignment close = assign(assigner, "h2", "Mojang sold for billions", "Mojang sold for billions",
                meaning(0.8, 0.6), null, mojang, "es");
        assertThat(close.newStory()).isTrue();
        assertThat(close.storyId()).isNotEqualTo(story);
    }

    @Test
    void headlineInAnotherLanguageIsNotHeldToTheMeaningFloor() {
        String story = assign(assigner, "h1", "Harbour terminal doubles capacity", "Harbour terminal doubles capacity",
                meaning(1, 0), null, "es").storyId();
        // a headline's few words in another language give the model too little: its words decide
        assertThat(assign(assigner, "h2", "Harbour terminal capacity doubled", "Harbour terminal capacity doubled",
                meaning(0.1, 0.995), null, "es").storyId()).isEqualTo(story);
    }

    @Test
    void headlineFarInMeaningStaysOutOfAStoryItsWordsWouldJoin() {
        String story = assign("h1", "Harbour terminal doubles capacity", "Harbour terminal doubles capacity",
                meaning(1, 0)).storyId();
        // the words join (two shared words); a meaning this far from the story's (cosine 0.1 < 0.3) does not
        StoryAssigner.Assignment far = assign("h2", "Harbour terminal pilots walk out over pensions and night shifts", "Harbour terminal pilots walk out over pensions and night shifts",
                meaning(0.1, 0.995));
        assertThat(far.newStory()).isTrue();
        // a headline says less than a lead, so its floor is lower: 0.35 passes it (and would not pass a lead's)
        StoryAssigner.Assignment near = assign("h3", "Harbour terminal capacity doubled", "Harbour terminal capacity doubled",
                meaning(0.35, 0.937));
        assertThat(near.storyId()).isEqualTo(story);
    }

    @Test
    void aMatchByMeaningAloneNeverMergesTwoStories() {
        String a = headline("h1", "Mojang doubles its staff", meaning(1, 0, 0)).storyId();
        String b = headline("h2", "Mojang fined over privacy", meaning(0, 0, 1)).storyId();
        assertThat(b).isNotEqualTo(a);
        // close to both (0.71 and 0.70), the words join neither: it joins the closest and merges nothing
        StoryAssigner.Assignment both = headline("h3", "Mojang news today", meaning(0.71, 0, 0.70));
        assertThat(both.storyId()).isEqualTo(a);
        assertThat(both.merged()).isEmpty();
        assertThat(assigner.resolve(b)).isEqualTo(b);
    }

    @Test
    void storyKeepsTheEmbeddingsOfItsLatestArticles() {
        String story = null;
        for (int i = 0; i < StoryAssigner.STORY_EMBEDDINGS + 4; i++) {
            story = assign("p" + i, "New container terminal opens in March", LEAD + " " + i, meaning(1, i / 100.0)).storyId();
        }
        List<String> kept = state.centroids().get(story).embeddings();
        assertThat(kept).hasSize(StoryAssigner.STORY_EMBEDDINGS);
        assertThat(kept.get(kept.size() - 1)).isEqualTo(meaning(1, (StoryAssigner.STORY_EMBEDDINGS + 3) / 100.0));
        assertThat(kept.get(0)).isEqualTo(meaning(1, 4 / 100.0));
    }

    @Test
    void quietStoryIsReopenedOnlyByACloseMatchInWords() {
        String base = "Harbour terminal doubles capacity";
        String loose = "Harbour terminal pilots walk out over pensions and night shifts";
        // an hour apart, a headline that shares two of the story's words (and is close in meaning) joins it
        String fresh = headline(assigner, "h1", base, meaning(1, 0)).storyId();
        assertThat(headline(assigner, "h2", loose, meaning(0.9, 0.436)).storyId()).isEqualTo(fresh);

        // the same two headlines with the story quiet for over a day: that loose match opens a new story (the factor
        // is raised here so that the match is clearly loose; the default is chosen on data, see StoryConfig) ...
        StoryAssigner later = new StoryAssigner(StoryState.inMemory(), StorySettings.defaults().withQuiet(DAY, 2),
                BackgroundFrequencies.shipped());
        String quiet = headline(later, "q1", base, meaning(1, 0)).storyId();
        now += DAY;
        assertThat(headline(later, "q2", loose, meaning(0.9, 0.436)).newStory()).isTrue();
        // ... while a close one in words still joins it
        assertThat(headline(later, "q3", "Harbour terminal capacity doubled", meaning(0.95, 0.312)).storyId())
                .isEqualTo(quiet);
    }

    @Test
    void storyThatHasRunForDaysIsNotQuietAfterOneDay() {
        StoryAssigner slow = new StoryAssigner(StoryState.inMemory(), StorySettings.defaults().withQuiet(DAY, 2),
                BackgroundFrequencies.shipped());
        String story = headline(slow, "s1", "Harbour terminal doubles capacity", meaning(1, 0)).storyId();
        now += 2 * DAY;
        assertThat(headline(slow, "s2", "Harbour terminal capacity doubled", meaning(0.95, 0.312)).storyId())
                .isEqualTo(story);
        // silent for a day and more, but for less than the two days it has been running: a loose match still joins
        now += DAY + HOUR;
        assertThat(headline(slow, "s3", "Harbour terminal pilots walk out over pensions and night shifts",
                meaning(0.9, 0.436)).storyId()).isEqualTo(story);
    }

    @Test
    void articleWithALeadIsNotHeldToTheQuietRule() {
        StoryAssigner later = new StoryAssigner(StoryState.inMemory(), StorySettings.defaults().withQuiet(DAY, 10),
                BackgroundFrequencies.shipped());
        String story = assign(later, "p1", "New container terminal opens in March", LEAD, meaning(1, 0)).storyId();
        now += 2 * DAY;
        // a factor of 10 would keep out anything but a copy; an article with a lead is judged as on any other day
        assertThat(assign(later, "p2", "Harbour to open its second terminal", LEAD.replace("Monday", "Friday")
                + ", and a third berth is planned", meaning(0.9, 0.436)).storyId()).isEqualTo(story);
    }

    static final String DINOSAUR = "Largest dinosaur ever discovered weighed as much as 14 elephants";
    static final String FEMUR = "Titanosaur femur unearthed in Argentina by fossil hunters";
    /** Says all of the first story and two words of the second: it joins both, the second much less closely. */
    static final String MOSTLY_DINOSAUR = DINOSAUR + ", femur in Argentina shows";
    /** Says both stories equally. */
    static final String BOTH = "Titanosaur femur unearthed in Argentina: largest dinosaur ever discovered, 14 elephants heavy";

    /** The dinosaur story and the femur story, opened an hour apart: their ids. */
    private String[] twoStories(StoryAssigner to, String prefix) {
        return new String[] {headline(to, prefix + "1", DINOSAUR, meaning(1, 0)).storyId(),
                headline(to, prefix + "2", FEMUR, meaning(0.8, 0.6)).storyId()};
    }

    @Test
    void storyMatchedMuchLessCloselyThanTheBestMergesOnlyWhenASecondArticleBridgesThem() {
        String[] ab = twoStories(assigner, "d");
        String a = ab[0], b = ab[1];
        StoryAssigner.Assignment first = headline(assigner, "d3", MOSTLY_DINOSAUR, meaning(0.95, 0.312));
        assertThat(first.storyId()).isEqualTo(a);
        assertThat(first.merged()).isEmpty();
        assertThat(assigner.resolve(b)).isEqualTo(b);
        assertThat(state.bridges().get(StoryAssigner.bridgeKey(a, b))).isEqualTo(new StoryBridge(1, now - HOUR));
        // a second article that bridges the same two stories shows they are one
        StoryAssigner.Assignment second = headline(assigner, "d4", MOSTLY_DINOSAUR.replace("shows", "suggests"),
                meaning(0.95, 0.312));
        assertThat(second.storyId()).isEqualTo(a);
        assertThat(second.merged()).containsExactly(b);
        assertThat(assigner.resolve(b)).isEqualTo(a);
        assertThat(state.bridges().get(StoryAssigner.bridgeKey(a, b))).isNull();

        // story.merge.bridges 1: the first bridging article merges them
        StoryAssigner eager = new StoryAssigner(StoryState.inMemory(), StorySettings.defaults().withMergeBridges(1),
                BackgroundFrequencies.shipped());
        String[] eagerAb = twoStories(eager, "e");
        assertThat(headline(eager, "e3", MOSTLY_DINOSAUR, meaning(0.95, 0.312)).merged()).containsExactly(eagerAb[1]);
        assertThat(eager.resolve(eagerAb[1])).isEqualTo(eagerAb[0]);
    }

    @Test
    void headlineThatSaysTwoStoriesEquallyMergesThemAtOnce() {
        String[] ab = twoStories(assigner, "d");
        assertThat(headline(assigner, "d3", BOTH, meaning(0.9, 0.436)).merged()).hasSize(1);
        assertThat(assigner.resolve(ab[0])).isEqualTo(assigner.resolve(ab[1]));
    }

    static final String PILOTS_TITLE = "Harbour pilots trained for the giant ships";
    static final String PILOTS = "Harbour pilots have trained for a year to bring the largest ships in, the pilots' "
            + "association said, with simulator courses and night trials in the channel and a new tug for the narrow entrance";

    /** The terminal story's id, the pilots' story's id, and the assignment of the article that bridges them. */
    private record Bridged(String terminal, String pilots, StoryAssigner.Assignment bridge) {
    }

    /**
     * The terminal story, then the pilots' story (far from it in meaning, so a story of its own), then a full article
     * that tells the pilots' story and adds this sentence about the terminal, close enough in meaning to both.
     */
    private Bridged pilotsRetoldWith(String terminalSentence) {
        String terminal = assign("t1", "New container terminal opens in March", LEAD, meaning(1, 0)).storyId();
        StoryAssigner.Assignment pilots = assign("t2", PILOTS_TITLE, PILOTS, meaning(0, 1));
        assertThat(pilots.newStory()).isTrue();
        StoryAssigner.Assignment bridge = assign("t3", "Harbour pilots ready for the giant ships", PILOTS + ". "
                + terminalSentence, meaning(0.71, 0.71));
        assertThat(bridge.storyId()).isEqualTo(pilots.storyId());
        return new Bridged(terminal, pilots.storyId(), bridge);
    }

    /**
     * A full article has passed the meaning floors for both stories: one that tells the second story more than in
     * passing (here 0.57 as closely as its best) shows they are one, without waiting for a second bridge (the blind
     * sets' timelines that retold a development split off in other words).
     */
    @Test
    void fullArticleThatRetellsASecondStoryAtLeastHalfAsCloselyMergesItAtOnce() {
        Bridged b = pilotsRetoldWith("The port authority said on Monday that the new container terminal in the north "
                + "harbour will open in March after three years of building, doubling the number of ships it can unload "
                + "each day, and that the two shipping lines that use it have signed contracts for ten years.");
        assertThat(b.bridge().merged()).containsExactly(b.terminal());
        assertThat(assigner.resolve(b.terminal())).isEqualTo(b.pilots());
    }

    /** One that mentions the second story in a sentence (0.39 as closely) joins its best alone and counts a bridge. */
    @Test
    void fullArticleThatMentionsASecondStoryInPassingCountsABridgeOnly() {
        Bridged b = pilotsRetoldWith("The new container terminal opens in March.");
        assertThat(b.bridge().merged()).isEmpty();
        assertThat(assigner.resolve(b.terminal())).isEqualTo(b.terminal());
        assertThat(state.bridges().get(StoryAssigner.bridgeKey(b.terminal(), b.pilots())).count()).isEqualTo(1);
    }

    /** Two stories kept apart (an article of one said it is another event than the other) never merge. */
    @Test
    void storiesKeptApartAreNeverMergedByAHeadlineThatSaysBoth() {
        String[] ab = twoStories(assigner, "d");
        state.bridges().put(StoryAssigner.bridgeKey(ab[0], ab[1]), StoryBridge.apart(now));
        StoryAssigner.Assignment both = headline(assigner, "d3", BOTH, meaning(0.9, 0.436));
        assertThat(both.merged()).isEmpty();
        assertThat(assigner.resolve(ab[0])).isEqualTo(ab[0]);
        assertThat(assigner.resolve(ab[1])).isEqualTo(ab[1]);
        assertThat(state.bridges().get(StoryAssigner.bridgeKey(ab[0], ab[1])).apart()).isTrue();
    }

    @Test
    void storyMatchedMuchLessCloselyThanTheBestIsNeverMergedWhenAMergeRatioIsSet() {
        // with story.merge.min.ratio 0.7 the second match is too weak beside the first: joined to the first only,
        // however many articles bridge them
        StoryAssigner strict = new StoryAssigner(StoryState.inMemory(), StorySettings.defaults().withMergeMinRatio(0.7),
                BackgroundFrequencies.shipped());
        String[] ab = twoStories(strict, "s");
        for (String id : List.of("s3", "s4", "s5")) {
            StoryAssigner.Assignment joining = headline(strict, id, MOSTLY_DINOSAUR, meaning(0.95, 0.312));
            assertThat(joining.storyId()).isEqualTo(ab[0]);
            assertThat(joining.merged()).isEmpty();
        }
        assertThat(strict.resolve(ab[1])).isEqualTo(ab[1]);
        // a headline that says both equally still merges them
        assertThat(headline(strict, "s6", BOTH, meaning(0.9, 0.436)).merged()).hasSize(1);
        assertThat(strict.resolve(ab[0])).isEqualTo(strict.resolve(ab[1]));
    }

    @Test
    void quietStoryIsNotReopenedByMeaningAlone() {
        String story = headline("h1", "Mojang doubles its staff", meaning(1, 0)).storyId();
        now += StorySettings.defaults().quietAfterMs();
        // (a single-article story has run for no time at all, so any silence longer than the quiet period is quiet)
        // cosine 0.8 joins an active story by meaning (headlineTheWordsMissJoinsByMeaning), not a quiet one
        StoryAssigner.Assignment close = headline("h2", "Mojang sold for billions", meaning(0.8, 0.6));
        assertThat(close.newStory()).isTrue();
        assertThat(close.storyId()).isNotEqualTo(story);
    }

    private StoryAssigner.Assignment headline(String id, String title, String embedding) {
        return assign(assigner, id, title, title, embedding, List.of(new Entity("Mojang", "ORGANIZATION", 1, 1.0, List.of())));
    }

    private StoryAssigner.Assignment assign(String id, String title, String body, String embedding) {
        return assign(assigner, id, title, body, embedding, List.of());
    }

    private StoryAssigner.Assignment assign(StoryAssigner to, String id, String title, String body, String embedding) {
        return assign(to, id, title, body, embedding, List.of());
    }

    /** A headline-only item (the body repeats the title, as many feeds do) for this assigner, an hour after the last. */
    private StoryAssigner.Assignment headline(StoryAssigner to, String id, String title, String embedding) {
        return assign(to, id, title, title, embedding, List.of());
    }

    /** Assigns the article at {@code now}, then moves {@code now} an hour on. */
    private StoryAssigner.Assignment assign(StoryAssigner to, String id, String title, String body, String embedding,
                                            List<Entity> entities) {
        return assign(to, id, title, body, embedding, null, entities);
    }

    private StoryAssigner.Assignment assign(StoryAssigner to, String id, String title, String body, String embedding,
                                            String action) {
        return assign(to, id, title, body, embedding, action, List.of());
    }

    /** An English article for this assigner, an hour after the last, with its embedding and masked embedding. */
    private StoryAssigner.Assignment assign(StoryAssigner to, String id, String title, String body, String embedding,
                                            String action, List<Entity> entities) {
        return assign(to, id, title, body, embedding, action, entities, "en");
    }

    private StoryAssigner.Assignment assign(StoryAssigner to, String id, String title, String body, String embedding,
                                            String action, String language) {
        return assign(to, id, title, body, embedding, action, List.of(), language);
    }

    /** An article in this language for this assigner, an hour after the last, with its embeddings. */
    private StoryAssigner.Assignment assign(StoryAssigner to, String id, String title, String body, String embedding,
                                            String action, List<Entity> entities, String language) {
        Article a = new Article(id, id, "test", null, null, Instant.ofEpochMilli(now), null, null, title, body, null,
                language, null, TextNormalizer.fingerprint(body), 1, entities, List.of(), null);
        StoryAssigner.Assignment out = to.assign(a, embedding, action, now);
        now += HOUR;
        return out;
    }

    /** An encoded 384-dimension embedding whose first components are these. */
    static String meaning(double... head) {
        float[] v = new float[384];
        for (int i = 0; i < head.length; i++) v[i] = (float) head[i];
        return StoryEmbedder.encode(v);
    }
}
