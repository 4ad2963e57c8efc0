package io.wirewatch.stream.story;

import java.util.List;

/**
 * What a story has already said, bounded, for development detection: the term sets of its known
 * sentences (hashed stems, sorted), the union of its vocabulary and its facts (numbers, names, quotes).
 * Oldest entries are dropped first when a bound is reached.
 */
public record StoryMemory(List<int[]> sentences, List<Integer> vocabulary, List<String> facts) {
    public StoryMemory {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public static StoryMemory empty() {
        return new StoryMemory(List.of(), List.of(), List.of());
    }
}
