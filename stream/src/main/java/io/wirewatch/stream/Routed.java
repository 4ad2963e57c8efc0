package io.wirewatch.stream;

import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Duplicate;

/**
 * A processor's result inside one sub-topology: the value that goes on, or a duplicate, or a dead
 * letter. Split with {@link #isValue()}, {@link #isDuplicate()}, {@link #isDeadLetter()}; never
 * written to a topic as such.
 */
public record Routed<T>(T value, Duplicate duplicate, DeadLetter deadLetter) {
    public static <T> Routed<T> of(T value) {
        return new Routed<>(value, null, null);
    }

    public static <T> Routed<T> duplicate(Duplicate d) {
        return new Routed<>(null, d, null);
    }

    public static <T> Routed<T> dead(DeadLetter d) {
        return new Routed<>(null, null, d);
    }

    public boolean isValue() {
        return value != null;
    }

    public boolean isDuplicate() {
        return duplicate != null;
    }

    public boolean isDeadLetter() {
        return deadLetter != null;
    }
}
