package io.wirewatch.stream.story;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Article;
import io.wirewatch.common.model.Duplicate;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.StorySummary;
import io.wirewatch.common.model.TopicTag;
import io.wirewatch.stream.StoryStage;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an article does to the story it was assigned to: the development half of the story stage, run
 * by {@link StoryDevelopProcessor} on the story's own partition (input keyed by story id), so stories are
 * developed in parallel. It judges what the article adds ({@link NoveltyJudge}), raises the alert
 * (NEW_STORY for a story's first article, DEVELOPMENT when the novelty passes the threshold), keeps the
 * story's memory and summary, and maps spelling variants of the story's entities to its names
 * ({@link EntityCanonicaliser}). Deterministic: ids derive from article ids, times from record times.
 */
public final class StoryDeveloper {
    static final int MAX_OUTLETS = 500;
    static final int MAX_TIMELINE = 20;
    static final int HEADLINE_CHARS = 300;

    private final StoryState state;
    private final StorySettings settings;

    public StoryDeveloper(StoryState state, StorySettings settings) {
        this.state = state;
        this.settings = settings;
    }

    public StoryEngine.Outcome develop(Article a, StoryAssigner.Assignment assignment, long ts) {
        StoryProfile story = state.profiles().get(assignment.storyId());
        List<NoveltyJudge.Sentence> sentences = NoveltyJudge.sentences(a.title(), a.body(), a.language());
        Article out;
        Alert alert = null;
        NoveltyJudge.Verdict verdict = null;
        // a story whose summary was forgotten (retention) starts again here, as it did in the assigner
        boolean newStory = assignment.newStory() || story == null;
        StoryMemory memory;
        StoryProfile profile;
        if (newStory) {
            out = a.withStoryId(assignment.storyId());
            List<String> lead = lead(sentences, a.title());
            alert = StoryStage.alert(out, AlertType.NEW_STORY, lead, Instant.ofEpochMilli(ts));
            profile = new StoryProfile(assignment.storyId(), clip(a.title().isBlank() ? lead.get(0) : a.title()),
                    a.articleId(), ts, ts, 0, 0, List.of(), Map.of(), Map.of(), List.of(development(alert, out, ts)), null);
            memory = StoryMemory.empty();
        } else {
            // the story knows these names: a follow-up's "Anthroplic" is its "Anthropic"
            List<Entity> canonical = EntityCanonicaliser.canonicalise(a.entities(), story.entities());
            out = (canonical == a.entities() ? a : a.withEntitiesAndTopics(canonical, a.topics()))
                    .withStoryId(story.storyId());
            memory = Optional.ofNullable(state.memories().get(story.storyId())).orElse(StoryMemory.empty());
            verdict = NoveltyJudge.judge(sentences, memory, settings.developmentThreshold(),
                    settings.developmentMinNewFacts());
            profile = story;
            if (verdict.development()) {
                alert = StoryStage.alert(out, AlertType.DEVELOPMENT, verdict.whatsNew(), Instant.ofEpochMilli(ts));
                List<StorySummary.Development> timeline = new ArrayList<>(story.timeline());
                timeline.add(development(alert, out, ts));
                if (timeline.size() > MAX_TIMELINE) timeline.remove(1);
                profile = withTimeline(profile, timeline);
            }
        }
        profile = absorb(profile, out, ts, !assignment.update());
        state.profiles().put(profile.storyId(), profile);
        state.memories().put(profile.storyId(),
                NoveltyJudge.remember(memory, sentences, settings.memorySentences(), publishedDate(a, ts)));
        return new StoryEngine.Outcome(out, alert, summary(profile), newStory,
                newStory ? 0 : assignment.similarity(), verdict);
    }

    /**
     * The day the article says it was published (UTC), or the day it was read when it says nothing: the day its
     * weekdays count from, whatever the record time (a replayed archive is read long after it was written).
     */
    static LocalDate publishedDate(Article a, long ts) {
        Instant at = a.publishedAt() != null ? a.publishedAt() : Instant.ofEpochMilli(ts);
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Counts a copy of a known article towards its story; empty when the story is unknown here. */
    public Optional<StorySummary> onDuplicate(Duplicate d, String storyId, long ts) {
        StoryProfile p = state.profiles().get(storyId);
        if (p == null) return Optional.empty();
        List<String> outlets = addOutlet(p.outlets(), d.source(), d.url());
        p = new StoryProfile(p.storyId(), p.headline(), p.firstArticleId(), p.firstSeen(), Math.max(p.lastUpdate(), ts),
                p.articleCount(), p.duplicateCount() + 1, outlets, p.entities(), p.topics(), p.timeline(), p.mergedInto());
        state.profiles().put(p.storyId(), p);
        return Optional.of(summary(p));
    }

    /**
     * What a merged story leaves: its last summary (empty when the story was unknown here) and its handoff to
     * the story it was merged into (always sent, empty when there is nothing to hand over, because the
     * surviving story waits for it).
     */
    public record Merged(Optional<StorySummary> summary, StoryHandoff handoff) {
    }

    /**
     * The assignment task merged this story into another (a later article joined both): its summary says
     * so once more, its memory and profile go to the surviving story ({@link #onHandoff}), and it is
     * forgotten here. Its articles keep their story id; consumers of {@code wirewatch.stories} follow
     * {@code mergedInto}.
     */
    public Merged onMerged(String storyId, String into, long ts) {
        StoryProfile p = state.profiles().get(storyId);
        StoryMemory memory = state.memories().get(storyId);
        if (p == null) return new Merged(Optional.empty(), new StoryHandoff(storyId, into, null, memory));
        p = new StoryProfile(p.storyId(), p.headline(), p.firstArticleId(), p.firstSeen(), Math.max(p.lastUpdate(), ts),
                p.articleCount(), p.duplicateCount(), p.outlets(), p.entities(), p.topics(), p.timeline(), into);
        state.profiles().delete(storyId);
        state.memories().delete(storyId);
        return new Merged(Optional.of(summary(p)), new StoryHandoff(storyId, into, p, memory));
    }

    /**
     * The surviving story takes over what a story merged into it said and counted: the memory (so an
     * article that only repeats the merged story's facts is no development), articles, copies, outlets,
     * entities, topics and timeline. If the surviving story is unknown here (forgotten after retention),
     * it carries on with the merged story's material. Empty when there was nothing to hand over.
     */
    public Optional<StorySummary> onHandoff(StoryHandoff h, long ts) {
        if (h.profile() == null && h.memory() == null) return Optional.empty();
        StoryMemory mine = state.memories().get(h.into());
        if (h.memory() != null) {
            state.memories().put(h.into(), mine == null ? h.memory()
                    : NoveltyJudge.absorb(mine, h.memory(), settings.memorySentences()));
        }
        if (h.profile() == null) return Optional.empty();
        StoryProfile p = state.profiles().get(h.into());
        StoryProfile merged = p == null ? rename(h.profile(), h.into()) : absorb(p, h.profile());
        merged = new StoryProfile(merged.storyId(), merged.headline(), merged.firstArticleId(), merged.firstSeen(),
                Math.max(merged.lastUpdate(), ts), merged.articleCount(), merged.duplicateCount(), merged.outlets(),
                merged.entities(), merged.topics(), merged.timeline(), merged.mergedInto());
        state.profiles().put(merged.storyId(), merged);
        return Optional.of(summary(merged));
    }

    private static StoryProfile rename(StoryProfile p, String storyId) {
        return new StoryProfile(storyId, p.headline(), p.firstArticleId(), p.firstSeen(), p.lastUpdate(),
                p.articleCount(), p.duplicateCount(), p.outlets(), p.entities(), p.topics(), p.timeline(), null);
    }

    /** A's profile with B's counts, outlets, entities, topics and timeline added; A's headline and first article stay. */
    static StoryProfile absorb(StoryProfile a, StoryProfile b) {
        Map<String, Entity> entities = new TreeMap<>(a.entities());
        b.entities().values().forEach(e -> entities.merge(e.name(), e, (x, y) -> new Entity(x.name(), x.type(),
                x.mentions() + y.mentions(), x.salience() + y.salience(), List.of())));
        Map<String, TopicTag> topics = new TreeMap<>(a.topics());
        b.topics().values().forEach(t -> topics.merge(t.code(), t,
                (x, y) -> new TopicTag(x.code(), x.label(), x.score() + y.score())));
        List<String> outlets = a.outlets();
        for (String o : b.outlets()) outlets = addOutlet(outlets, o, null);
        // one timeline in time order; the story's first entry stays, the oldest of the others go first
        List<StorySummary.Development> timeline = new ArrayList<>(a.timeline());
        timeline.addAll(b.timeline());
        timeline.sort(Comparator.comparing(StorySummary.Development::time)
                .thenComparing(StorySummary.Development::articleId, Comparator.nullsFirst(Comparator.naturalOrder())));
        while (timeline.size() > MAX_TIMELINE) timeline.remove(1);
        return new StoryProfile(a.storyId(), a.headline(), a.firstArticleId(), Math.min(a.firstSeen(), b.firstSeen()),
                Math.max(a.lastUpdate(), b.lastUpdate()), a.articleCount() + b.articleCount(),
                a.duplicateCount() + b.duplicateCount(), outlets, entities, topics, timeline, a.mergedInto());
    }

    /** Forgets the profiles and memories of stories not updated for the retention period (record time). */
    public int expire(long streamTime) {
        long cutoff = streamTime - settings.retentionMs();
        List<String> stories = state.profiles().keysWhere(p -> p.lastUpdate() < cutoff);
        for (String id : stories) {
            state.profiles().delete(id);
            state.memories().delete(id);
        }
        return stories.size();
    }

    private static StoryProfile absorb(StoryProfile p, Article a, long ts, boolean counts) {
        Map<String, Entity> entities = new TreeMap<>(p.entities());
        Map<String, TopicTag> topics = new TreeMap<>(p.topics());
        if (counts) {
            for (Entity e : a.entities()) {
                entities.merge(e.name(), e, (x, y) -> new Entity(x.name(), x.type(), x.mentions() + y.mentions(),
                        x.salience() + y.salience(), List.of()));
            }
            for (TopicTag t : a.topics()) {
                topics.merge(t.code(), t, (x, y) -> new TopicTag(x.code(), x.label(), x.score() + y.score()));
            }
        }
        List<String> outlets = addOutlet(p.outlets(), a.source().isBlank() ? a.siteName() : a.source(), a.url());
        return new StoryProfile(p.storyId(), p.headline(), p.firstArticleId(), Math.min(p.firstSeen(), ts),
                Math.max(p.lastUpdate(), ts), p.articleCount() + (counts ? 1 : 0), p.duplicateCount(), outlets,
                entities, topics, p.timeline(), p.mergedInto());
    }

    private static StoryProfile withTimeline(StoryProfile p, List<StorySummary.Development> timeline) {
        return new StoryProfile(p.storyId(), p.headline(), p.firstArticleId(), p.firstSeen(), p.lastUpdate(),
                p.articleCount(), p.duplicateCount(), p.outlets(), p.entities(), p.topics(), timeline, p.mergedInto());
    }

    static List<String> addOutlet(List<String> outlets, String source, String url) {
        String name = source == null || source.isBlank() ? host(url) : source.strip();
        if (name == null || name.isBlank() || outlets.contains(name) || outlets.size() >= MAX_OUTLETS) return outlets;
        List<String> out = new ArrayList<>(outlets);
        out.add(name);
        return out;
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static StorySummary.Development development(Alert alert, Article a, long ts) {
        return new StorySummary.Development(Instant.ofEpochMilli(ts), alert.type(), a.articleId(), a.revision(),
                a.title(), a.source(), alert.whatsNew());
    }

    static StorySummary summary(StoryProfile p) {
        int n = Math.max(1, p.articleCount());
        List<Entity> entities = p.entities().values().stream()
                .sorted(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::name))
                .limit(10)
                .map(e -> new Entity(e.name(), e.type(), e.mentions(), Math.min(1, e.salience() / n), List.of()))
                .toList();
        List<TopicTag> topics = p.topics().values().stream()
                .sorted(Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::code))
                .limit(5)
                .map(t -> new TopicTag(t.code(), t.label(), Math.min(1, t.score() / n)))
                .toList();
        return new StorySummary(p.storyId(), p.headline(), Instant.ofEpochMilli(p.firstSeen()),
                Instant.ofEpochMilli(p.lastUpdate()), n, p.duplicateCount(), p.outlets().size(), p.outlets(),
                entities, topics, p.timeline(), p.mergedInto());
    }

    /** The first sentences of a new story, after the title: what the NEW_STORY alert says. */
    static List<String> lead(List<NoveltyJudge.Sentence> sentences, String title) {
        List<String> out = new ArrayList<>();
        for (NoveltyJudge.Sentence s : sentences) {
            if (s.text().equals(title) && sentences.size() > 1) continue;
            if (s.words() < NoveltyJudge.MIN_SENTENCE_TERMS && sentences.size() > 1 && out.isEmpty()) continue;
            out.add(clip(s.text()));
            if (out.size() == 1) break;
        }
        if (out.isEmpty()) out.add(clip(sentences.isEmpty() ? title : sentences.get(0).text()));
        return out;
    }

    private static String clip(String s) {
        return s.length() <= HEADLINE_CHARS ? s : s.substring(0, HEADLINE_CHARS) + "…";
    }
}
