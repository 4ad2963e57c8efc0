package io.wirewatch.common.query;

import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Subscription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All live subscriptions, compiled once and indexed by their anchor keys ({@link Query#anchors()}), so
 * matching an alert costs one hash look-up per distinct key of the alert plus a full evaluation of only
 * the subscriptions that share a key with it (and of the few that have no anchor, such as
 * {@code NOT topic:sport}). Immutable and thread-safe; build a new one when subscriptions change.
 */
public final class SubscriptionIndex {
    /** A subscription with its parsed query. */
    public record Compiled(Subscription subscription, Query query) {
        public static Compiled of(Subscription s) {
            return new Compiled(s, QueryParser.parse(s.query()));
        }
    }

    public static final SubscriptionIndex EMPTY = new SubscriptionIndex(List.of());

    private final Map<String, List<Compiled>> byAnchor = new HashMap<>();
    private final List<Compiled> unanchored = new ArrayList<>();
    private final int size;

    public SubscriptionIndex(Collection<Compiled> subscriptions) {
        for (Compiled c : subscriptions) {
            Set<String> anchors = c.query().anchors();
            if (anchors == null) {
                unanchored.add(c);
            } else {
                for (String a : anchors) byAnchor.computeIfAbsent(a, k -> new ArrayList<>(2)).add(c);
            }
        }
        this.size = subscriptions.size();
    }

    public int size() {
        return size;
    }

    /** How many subscriptions are checked against every alert because they have no anchor. */
    public int unanchoredCount() {
        return unanchored.size();
    }

    /** The subscriptions that want this alert type and whose query matches, in no particular order. */
    public List<Subscription> match(MatchView view, AlertType type) {
        List<Subscription> out = new ArrayList<>();
        Map<Compiled, Boolean> checked = new IdentityHashMap<>();
        for (Compiled c : unanchored) {
            if (c.subscription().wants(type) && c.query().matches(view)) out.add(c.subscription());
        }
        // Walk whichever side is smaller: the alert's keys, or the index's anchors (few subscriptions).
        boolean walkAnchors = byAnchor.size() < view.keys().size();
        for (String key : walkAnchors ? byAnchor.keySet() : view.keys()) {
            List<Compiled> candidates = walkAnchors ? (view.has(key) ? byAnchor.get(key) : null) : byAnchor.get(key);
            if (candidates == null) continue;
            for (Compiled c : candidates) {
                // A query anchored on several keys (an OR) is evaluated once per alert.
                if (checked.put(c, Boolean.TRUE) != null) continue;
                if (c.subscription().wants(type) && c.query().matches(view)) out.add(c.subscription());
            }
        }
        return out;
    }
}
