package io.wirewatch.stream.story;

import io.wirewatch.common.Ids;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Online story clustering and development detection over a {@link StoryState}. One article at a time,
 * deterministic (no clock, no randomness: ids derive from article ids, times from record timestamps).
 * <p>
 * Clustering: an article is a TF-IDF vector over the stems of its title (weight 2) and lead (first
 * {@value #LEAD_TERMS} content words of the body), plus its salient entities ({@code @name}, weight by
 * salience). Document frequencies are learned online from the stream (hashed into
 * {@value #DF_BUCKETS} buckets, so their state is bounded) on top of a small shipped background prior
 * ({@link BackgroundFrequencies}). Candidate stories come from an inverted
 * index over each story's salient terms; the article joins the candidate whose centroid is most
 * similar if the cosine passes {@link StorySettings#joinThreshold()} and the cosine over words alone
 * passes {@link StorySettings#minTextSimilarity()} (so a shared company name alone never joins), and
 * the story has not gone dormant, and the article shares at least {@link StorySettings#minSharedTerms()} of
 * its {@value #SALIENT_TERMS} heaviest terms with the story (one shared name is a subject, not an event). Otherwise it starts a story whose id derives from its article id.
 * <p>
 * Developments: see {@link NoveltyJudge}.
 */
public final class StoryEngine {
    static final int DOC_COUNT_KEY = -1;
    /** Memo key of the document count (not a term: terms never contain a space). */
    private static final String DOC_COUNT_MEMO = " documents";
    static final int DF_BUCKETS = 1 << 20;
    /**
     * Content words of the body that represent an article for clustering. Long enough that a story knows
     * the names of its developments (a follow-up about a person named in paragraph six still finds it),
     * short enough that a three-sentence follow-up is not drowned by a long centroid (on the hand-written
     * follow-ups 60 split one off, 150 another; 100-120 kept all in their stories).
     */
    static final int LEAD_TERMS = 100;
    static final double TITLE_WEIGHT = 2.0;
    static final double ENTITY_WEIGHT = 2.0;
    static final double MIN_ENTITY_SALIENCE = 0.1;
    /** Heaviest terms of an article used to look up candidate stories, and indexed for the story it joins. */
    static final int LOOKUP_TERMS = 30;
    /** Heaviest terms of an article of which a story must share {@link StorySettings#minSharedTerms()}. */
    static final int SALIENT_TERMS = 12;
    static final int SHORT_TERMS = 15;
    static final int LONG_TERMS = 30;
    static final int POSTING_LIMIT = 40;
    static final int MAX_CANDIDATES = 12;
    static final int CENTROID_TERMS = 150;
    static final int MAX_OUTLETS = 500;
    static final int MAX_TIMELINE = 20;
    static final int HEADLINE_CHARS = 300;

    /**
     * What one article did: the article with its story id, the alert it raised (or null) and the
     * story's new summary.
     */
    public record Outcome(Article article, Alert alert, StorySummary summary, boolean newStory, double similarity,
                          NoveltyJudge.Verdict verdict) {
    }

    private final StoryState state;
    private final StorySettings settings;
    private final BackgroundFrequencies background;

    public StoryEngine(StoryState state, StorySettings settings) {
        this(state, settings, BackgroundFrequencies.shipped());
    }

    public StoryEngine(StoryState state, StorySettings settings, BackgroundFrequencies background) {
        this.state = state;
        this.settings = settings;
        this.background = background;
    }

    public Outcome onArticle(Article a, long ts) {
        ArticleRef ref = state.articles().get(a.articleId());
        StoryProfile known = ref == null ? null : state.profiles().get(ref.storyId());
        boolean update = known != null;
        Map<String, Double> vector = vector(a);
        Map<String, Double> idf = new HashMap<>();
        StoryProfile story = known;
        double similarity = 1;
        if (story == null) {
            Match m = bestMatch(vector, ts, idf);
            if (m != null) {
                story = m.profile();
                similarity = m.similarity();
            }
        }
        List<NoveltyJudge.Sentence> sentences = NoveltyJudge.sentences(a.title(), a.body());
        if (!update) learnDocumentFrequencies(vector);

        Article out;
        Alert alert = null;
        NoveltyJudge.Verdict verdict = null;
        boolean newStory = story == null;
        StoryMemory memory;
        StoryProfile profile;
        if (newStory) {
            String storyId = Ids.shortId("story", a.articleId());
            out = a.withStoryId(storyId);
            List<String> lead = lead(sentences, a.title());
            alert = StoryStage.alert(out, AlertType.NEW_STORY, lead, Instant.ofEpochMilli(ts));
            profile = new StoryProfile(storyId, clip(a.title().isBlank() ? lead.get(0) : a.title()), a.articleId(),
                    ts, ts, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), List.of(development(alert, out, ts)));
            memory = StoryMemory.empty();
            similarity = 0;
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
        profile = absorb(profile, out, vector, ts, !update);
        state.profiles().put(profile.storyId(), profile);
        state.memories().put(profile.storyId(),
                NoveltyJudge.remember(memory, sentences, settings.memorySentences()));
        state.articles().put(a.articleId(), new ArticleRef(profile.storyId(), ts));
        index(profile.storyId(), lookupTerms(vector, idf), ts);
        return new Outcome(out, alert, summary(profile), newStory, similarity, verdict);
    }

    /** Counts a copy of a known article towards its story; empty when the original's story is unknown. */
    public Optional<StorySummary> onDuplicate(Duplicate d, long ts) {
        ArticleRef ref = state.articles().get(d.duplicateOf());
        if (ref == null) return Optional.empty();
        StoryProfile p = state.profiles().get(ref.storyId());
        if (p == null) return Optional.empty();
        List<String> outlets = addOutlet(p.outlets(), d.source(), d.url());
        p = new StoryProfile(p.storyId(), p.headline(), p.firstArticleId(), p.firstSeen(), Math.max(p.lastUpdate(), ts),
                p.articleCount(), p.duplicateCount() + 1, outlets, p.centroid(), p.entities(), p.topics(),
                p.timeline());
        state.profiles().put(p.storyId(), p);
        return Optional.of(summary(p));
    }

    /** Forgets stories, articles and index entries not updated for the retention period (record time). */
    public int expire(long streamTime) {
        long cutoff = streamTime - settings.retentionMs();
        List<String> stories = state.profiles().keysWhere(p -> p.lastUpdate() < cutoff);
        for (String id : stories) {
            state.profiles().delete(id);
            state.memories().delete(id);
        }
        state.articles().keysWhere(r -> r.lastSeen() < cutoff).forEach(state.articles()::delete);
        state.index().keysWhere(e -> e.lastSeen() < cutoff).forEach(state.index()::delete);
        return stories.size();
    }

    // ---- clustering ----

    private record Match(StoryProfile profile, double similarity) {
    }

    private Match bestMatch(Map<String, Double> vector, long ts, Map<String, Double> idf) {
        Map<String, Double> votes = new TreeMap<>();
        List<String> query = lookupTerms(vector, idf);
        List<String> salient = query.subList(0, Math.min(SALIENT_TERMS, query.size()));
        double threshold = joinThreshold(vector.size());
        for (String t : query) {
            StoryIndexEntry e = state.index().get(t);
            if (e == null) continue;
            double w = vector.get(t) * idf(t, idf);
            for (String id : e.storyIds()) votes.merge(id, w, Double::sum);
        }
        List<String> candidates = votes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
        Match best = null;
        for (String id : candidates) {
            StoryProfile p = state.profiles().get(id);
            if (p == null || ts - p.lastUpdate() > settings.dormantAfterMs()) continue;
            // words, not entity features: the entity is the subject; the words around it say which event
            if (salient.stream().filter(t -> !t.startsWith("@") && p.centroid().containsKey(t)).count()
                    < settings.minSharedTerms()) continue;
            double all = cosine(vector, p.centroid(), idf, false);
            double words = cosine(vector, p.centroid(), idf, true);
            if (all >= threshold && words >= settings.minTextSimilarity()
                    && (best == null || all > best.similarity())) {
                best = new Match(p, all);
            }
        }
        return best;
    }

    /** The article's term weights: title stems ×2, lead stems ×1, salient entities by salience. */
    static Map<String, Double> vector(Article a) {
        Map<String, Double> v = new TreeMap<>();
        List<String> title = TextFeatures.terms(a.title());
        for (String t : title) v.merge(t, TITLE_WEIGHT, Double::sum);
        String body = a.body();
        // feeds often repeat the headline as the first line of the body: do not count it twice
        if (!a.title().isBlank() && body.startsWith(a.title())) body = body.substring(a.title().length());
        List<String> lead = TextFeatures.terms(body);
        for (String t : lead.subList(0, Math.min(LEAD_TERMS, lead.size()))) v.merge(t, 1.0, Double::sum);
        for (Entity e : a.entities()) {
            if (e.salience() < MIN_ENTITY_SALIENCE) continue;
            v.merge("@" + e.name().toLowerCase(Locale.ROOT), ENTITY_WEIGHT * Math.min(1, e.salience()), Double::sum);
        }
        return v;
    }

    /**
     * The join threshold for an article with this many distinct terms: {@link StorySettings#shortJoinThreshold()}
     * up to {@value #SHORT_TERMS} terms (a headline-only item), {@link StorySettings#joinThreshold()} from
     * {@value #LONG_TERMS} (title and a full lead), linear in between. A headline's few words against a
     * story's many give a low cosine even when it is the same event, and a short item rarely shares two
     * salient words with an unrelated story; a long article shares generic words with any story on its
     * subject, so it must match more closely.
     */
    double joinThreshold(int terms) {
        double x = Math.max(0, Math.min(1, (terms - SHORT_TERMS) / (double) (LONG_TERMS - SHORT_TERMS)));
        return settings.shortJoinThreshold() + x * (settings.joinThreshold() - settings.shortJoinThreshold());
    }

    /**
     * The article's terms for candidate lookup and indexing: heaviest raw weight first (title words
     * before lead words), then rarest. Raw weight leads because online IDF is least reliable exactly
     * for a story's own words: the more the story is covered, the more common they look.
     */
    private List<String> lookupTerms(Map<String, Double> vector, Map<String, Double> idf) {
        return vector.keySet().stream()
                .sorted(Comparator.comparingDouble((String t) -> vector.get(t)).reversed()
                        .thenComparing(Comparator.comparingDouble((String t) -> idf(t, idf)).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(LOOKUP_TERMS).toList();
    }

    private double cosine(Map<String, Double> a, Map<String, Double> b, Map<String, Double> idf, boolean wordsOnly) {
        double dot = 0, na = 0, nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            if (wordsOnly && e.getKey().startsWith("@")) continue;
            double w = e.getValue() * idf(e.getKey(), idf);
            na += w * w;
            Double o = b.get(e.getKey());
            if (o != null) dot += w * o * idf(e.getKey(), idf);
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            if (wordsOnly && e.getKey().startsWith("@")) continue;
            double w = e.getValue() * idf(e.getKey(), idf);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Smoothed IDF from the online document frequencies plus the background prior, memoised for one article. */
    private double idf(String term, Map<String, Double> memo) {
        Double known = memo.get(term);
        if (known != null) return known;
        Double n = memo.get(DOC_COUNT_MEMO);
        if (n == null) {
            n = (double) Optional.ofNullable(state.df().get(DOC_COUNT_KEY)).orElse(0L);
            memo.put(DOC_COUNT_MEMO, n);
        }
        long df = Optional.ofNullable(state.df().get(bucket(term))).orElse(0L);
        double idf = Math.log((n + background.documents() + 1.0) / (df + background.df(term) + 1.0)) + 1.0;
        memo.put(term, idf);
        return idf;
    }

    private void learnDocumentFrequencies(Map<String, Double> vector) {
        state.df().put(DOC_COUNT_KEY, Optional.ofNullable(state.df().get(DOC_COUNT_KEY)).orElse(0L) + 1);
        vector.keySet().stream().map(StoryEngine::bucket).distinct().sorted().forEach(b ->
                state.df().put(b, Optional.ofNullable(state.df().get(b)).orElse(0L) + 1));
    }

    static int bucket(String term) {
        return TextFeatures.hash(term) & (DF_BUCKETS - 1);
    }

    private void index(String storyId, List<String> terms, long ts) {
        for (String t : terms) {
            StoryIndexEntry e = state.index().get(t);
            List<String> ids = new ArrayList<>(e == null ? List.of() : e.storyIds());
            ids.remove(storyId);
            ids.add(storyId);
            if (ids.size() > POSTING_LIMIT) ids = ids.subList(ids.size() - POSTING_LIMIT, ids.size());
            state.index().put(t, new StoryIndexEntry(ids, ts));
        }
    }

    // ---- story profile and summary ----

    private static StoryProfile absorb(StoryProfile p, Article a, Map<String, Double> vector, long ts, boolean counts) {
        Map<String, Double> centroid = new HashMap<>(p.centroid());
        vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
        Map<String, Double> trimmed = new LinkedHashMap<>();
        centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CENTROID_TERMS).forEach(e -> trimmed.put(e.getKey(), e.getValue()));
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
                trimmed, entities, topics, p.timeline());
    }

    private static StoryProfile withTimeline(StoryProfile p, List<StorySummary.Development> timeline) {
        return new StoryProfile(p.storyId(), p.headline(), p.firstArticleId(), p.firstSeen(), p.lastUpdate(),
                p.articleCount(), p.duplicateCount(), p.outlets(), p.centroid(), p.entities(), p.topics(),
                timeline);
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
                entities, topics, p.timeline());
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
