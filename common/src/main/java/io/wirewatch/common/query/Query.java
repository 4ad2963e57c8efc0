package io.wirewatch.common.query;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed query (see {@link QueryParser} and {@code docs/query-language.md}). Immutable and thread-safe:
 * compile once per subscription change, evaluate against many alerts.
 */
public sealed interface Query permits Query.And, Query.Or, Query.Not, Query.Terms, Query.Field {

    /** True when the prepared alert satisfies the query. */
    boolean matches(MatchView view);

    /**
     * Index keys (see {@link MatchView#keys()}) of which every matching alert carries at least one, or null
     * when no such set exists (a query like {@code NOT topic:sport} can match an alert with no key in
     * common). {@link SubscriptionIndex} uses it to skip subscriptions that cannot match.
     */
    Set<String> anchors();

    /** All of the children must match. */
    record And(List<Query> children) implements Query {
        public And {
            children = List.copyOf(children);
            if (children.size() < 2) throw new IllegalArgumentException("AND needs two operands");
        }

        @Override
        public boolean matches(MatchView view) {
            for (Query q : children) {
                if (!q.matches(view)) return false;
            }
            return true;
        }

        @Override
        public Set<String> anchors() {
            // Any single child's anchors are enough; take the cheapest (most selective) one.
            Set<String> best = null;
            int bestCost = Integer.MAX_VALUE;
            for (Query q : children) {
                Set<String> a = q.anchors();
                if (a == null) continue;
                int cost = a.stream().mapToInt(FieldKind::keyCost).sum();
                if (cost < bestCost) {
                    best = a;
                    bestCost = cost;
                }
            }
            return best;
        }

        @Override
        public String toString() {
            return children.stream().map(c -> c instanceof Or ? "(" + c + ")" : c.toString())
                    .collect(Collectors.joining(" AND "));
        }
    }

    /** At least one child must match. */
    record Or(List<Query> children) implements Query {
        public Or {
            children = List.copyOf(children);
            if (children.size() < 2) throw new IllegalArgumentException("OR needs two operands");
        }

        @Override
        public boolean matches(MatchView view) {
            for (Query q : children) {
                if (q.matches(view)) return true;
            }
            return false;
        }

        @Override
        public Set<String> anchors() {
            Set<String> all = new HashSet<>();
            for (Query q : children) {
                Set<String> a = q.anchors();
                if (a == null) return null;
                all.addAll(a);
            }
            return all;
        }

        @Override
        public String toString() {
            return children.stream().map(Query::toString).collect(Collectors.joining(" OR "));
        }
    }

    /** The child must not match. */
    record Not(Query child) implements Query {
        public Not {
            Objects.requireNonNull(child, "child");
        }

        @Override
        public boolean matches(MatchView view) {
            return !child.matches(view);
        }

        @Override
        public Set<String> anchors() {
            return null;
        }

        @Override
        public String toString() {
            return "NOT " + (child instanceof And || child instanceof Or ? "(" + child + ")" : child.toString());
        }
    }

    /**
     * A word (one token) or a phrase (several tokens that must follow each other) in the title or body,
     * as whole words after {@link Text#fold(String)}.
     */
    record Terms(List<String> tokens) implements Query {
        public Terms {
            tokens = List.copyOf(tokens);
            if (tokens.isEmpty()) throw new IllegalArgumentException("no tokens");
        }

        @Override
        public boolean matches(MatchView view) {
            if (tokens.size() == 1) return view.has(FieldKind.WORD_PREFIX + tokens.get(0));
            return view.containsPhrase(tokens);
        }

        @Override
        public Set<String> anchors() {
            // Of a phrase's tokens the longest is usually the rarest ("strike" rather than "the").
            String longest = tokens.get(0);
            for (String t : tokens) {
                if (t.length() > longest.length()) longest = t;
            }
            return Set.of(FieldKind.WORD_PREFIX + longest);
        }

        @Override
        public String toString() {
            return tokens.size() == 1 ? tokens.get(0) : "\"" + String.join(" ", tokens) + "\"";
        }
    }

    /** {@code field:value}; {@code value} is already folded to the form the {@link MatchView} keys use. */
    record Field(FieldKind kind, String value) implements Query {
        public Field {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            if (value.isEmpty()) throw new IllegalArgumentException("empty value");
        }

        String key() {
            return kind.prefix() + value;
        }

        @Override
        public boolean matches(MatchView view) {
            return view.has(key());
        }

        @Override
        public Set<String> anchors() {
            return Set.of(key());
        }

        @Override
        public String toString() {
            boolean plain = value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ':' || c == '-');
            return kind.fieldName() + ":" + (plain ? value : "\"" + value + "\"");
        }
    }
}
