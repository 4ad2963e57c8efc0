package io.wirewatch.stream;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Helpers for tests that run several {@link StreamApp} instances of one application on the embedded broker. */
public final class StreamInstances {
    private StreamInstances() {
    }

    /** The shared settings with this instance's own state directory. */
    public static Map<String, String> instance(Map<String, String> settings, Path stateDir) {
        Map<String, String> s = new HashMap<>(settings);
        s.put(StreamConfig.STATE_DIR, stateDir.toString());
        return s;
    }

    /** Waits (at most 60 s) until both instances run and own tasks, so work is really split between them. */
    public static void awaitBothOwnTasks(StreamApp a, StreamApp b) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (activeTasks(a) > 0 && activeTasks(b) > 0
                    && a.state() == KafkaStreams.State.RUNNING && b.state() == KafkaStreams.State.RUNNING) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("both instances should own tasks: " + activeTasks(a) + " / " + activeTasks(b));
    }

    public static int activeTasks(StreamApp app) {
        int n = 0;
        for (ThreadMetadata t : app.streams().metadataForLocalThreads()) n += t.activeTasks().size();
        return n;
    }
}
