package io.wirewatch.stream;

import org.apache.kafka.streams.StreamsBuilder;

import java.util.Map;

/**
 * What a topology stage gets to build itself: the builder (to add named stores and repartitions)
 * and the raw settings map, which the stage reads through its own typed config class.
 */
public record StageContext(StreamsBuilder builder, Map<String, String> settings) {
    public StageContext {
        settings = Map.copyOf(settings);
    }
}
