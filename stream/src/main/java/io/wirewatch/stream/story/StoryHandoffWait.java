package io.wirewatch.stream.story;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A story's records held back on its develop task ({@value StoryDevelopProcessor#HANDOFFS}) until the
 * handoffs they depend on have arrived: an article that merged other stories into this one is developed
 * only after their handoffs, and the story's later records wait behind it, so the result does not depend
 * on whether the handoff topic or the assignment topic is read first.
 *
 * @param received handoffs that arrived, by merged story, not yet absorbed
 * @param parked   the story's records in arrival order, the first one waiting for handoffs
 * @param since    record time of the oldest entry (ms), to release a wait that could never end
 */
public record StoryHandoffWait(Map<String, StoryHandoff> received, List<Parked> parked, long since) {
    public StoryHandoffWait {
        received = received == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(received));
        parked = parked == null ? List.of() : List.copyOf(parked);
    }

    /** One held-back record with its record time. */
    public record Parked(StoryAssigned assigned, long ts) {
        public Parked {
            Objects.requireNonNull(assigned, "assigned");
            if (assigned.handoff() != null) throw new IllegalArgumentException("handoffs are not parked");
        }
    }

    public boolean isEmpty() {
        return received.isEmpty() && parked.isEmpty();
    }
}
