package io.wirewatch.common.query;

import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Entity;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.model.TopicTag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionIndexTest {
    private static final String[] WORDS = {"strike", "union", "port", "election", "vote", "rates", "bank", "storm",
            "flood", "merger", "court", "ruling", "match", "goal", "oil", "price", "tariff", "chip", "launch", "ai"};
    private static final String[] ENTITIES = {"Unite", "Andy Jassy", "Amazon", "Anthropic", "Bank of England",
            "Federal Reserve", "Nvidia", "Arsenal"};
    private static final String[] TOPICS = {"medtop:20000530", "medtop:09000000", "medtop:15000000", "medtop:20001065",
            "medtop:11000000", "medtop:04000000"};

    private static Subscription sub(String id, String query, AlertType... types) {
        return new Subscription(id, query, Set.of(types), null, null, null, Instant.EPOCH);
    }

    @Test
    void indexReturnsExactlyWhatEvaluatingEverySubscriptionReturns() {
        Random r = new Random(7);
        List<SubscriptionIndex.Compiled> subs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            subs.add(SubscriptionIndex.Compiled.of(sub("s" + i, randomQuery(r))));
        }
        SubscriptionIndex index = new SubscriptionIndex(subs);
        assertThat(index.unanchoredCount()).isLessThan(subs.size() / 4);
        int matchedSomething = 0;
        for (int a = 0; a < 300; a++) {
            MatchView v = randomView(r);
            Set<String> viaIndex = index.match(v, AlertType.NEW_STORY).stream().map(Subscription::id)
                    .collect(Collectors.toSet());
            Set<String> brute = subs.stream().filter(c -> c.query().matches(v)).map(c -> c.subscription().id())
                    .collect(Collectors.toSet());
            assertThat(viaIndex).isEqualTo(brute);
            if (!brute.isEmpty()) matchedSomething++;
        }
        assertThat(matchedSomething).as("the random data must exercise matches, not only misses").isGreaterThan(100);
    }

    @Test
    void alertTypeFilterApplies() {
        SubscriptionIndex index = new SubscriptionIndex(List.of(
                SubscriptionIndex.Compiled.of(sub("news", "strike", AlertType.NEW_STORY)),
                SubscriptionIndex.Compiled.of(sub("all", "strike"))));
        MatchView v = MatchView.of(new Matchable("Strike called", "", List.of(), List.of(), "", ""), TopicHierarchy.NONE);
        assertThat(index.match(v, AlertType.DEVELOPMENT)).extracting(Subscription::id).containsExactly("all");
        assertThat(index.match(v, AlertType.NEW_STORY)).extracting(Subscription::id).containsExactlyInAnyOrder("all", "news");
    }

    @Test
    void orQueryAnchoredOnSeveralKeysMatchesOnce() {
        SubscriptionIndex index = new SubscriptionIndex(List.of(
                SubscriptionIndex.Compiled.of(sub("either", "strike OR union"))));
        MatchView v = MatchView.of(new Matchable("Union strike", "", List.of(), List.of(), "", ""), TopicHierarchy.NONE);
        assertThat(index.match(v, AlertType.NEW_STORY)).hasSize(1);
    }

    private static String randomQuery(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> pick(r, WORDS);
            case 1 -> pick(r, WORDS) + " " + pick(r, WORDS);
            case 2 -> "entity:\"" + pick(r, ENTITIES) + "\" AND NOT " + pick(r, WORDS);
            case 3 -> "(" + pick(r, WORDS) + " OR topic:" + pick(r, TOPICS) + ") lang:en";
            case 4 -> "NOT topic:" + pick(r, TOPICS) + " AND NOT " + pick(r, WORDS);
            case 5 -> "\"" + pick(r, WORDS) + " " + pick(r, WORDS) + "\" OR type:PERSON";
            default -> "topic:" + pick(r, TOPICS) + " OR entity:\"" + pick(r, ENTITIES) + "\"";
        };
    }

    private static MatchView randomView(Random r) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) body.append(pick(r, WORDS)).append(r.nextBoolean() ? " " : ". ");
        List<Entity> entities = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) entities.add(new Entity(pick(r, ENTITIES), r.nextBoolean() ? "PERSON" : "ORGANIZATION"));
        List<TopicTag> topics = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) topics.add(new TopicTag(pick(r, TOPICS), "x", 0.5));
        TopicHierarchy h = new TopicHierarchy() {
            @Override
            public List<String> ancestorsOf(String code) {
                return code.equals("medtop:20000530") ? List.of("medtop:09000000")
                        : code.equals("medtop:20001065") ? List.of("medtop:15000000") : List.of();
            }

            @Override
            public String labelOf(String code) {
                return null;
            }
        };
        return MatchView.of(new Matchable(pick(r, WORDS), body.toString(), entities, topics, "src",
                r.nextBoolean() ? "en" : "de"), h);
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
