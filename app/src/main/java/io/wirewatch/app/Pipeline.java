package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.sink.AlertSink;
import io.wirewatch.sink.JsonlAlertFile;
import io.wirewatch.stream.StreamApp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The stream topology and the alert sink running in this process against one cluster: what
 * {@code run} and {@code replay} share. Closing stops the sink first, then the topology.
 */
final class Pipeline implements AutoCloseable {
    final StreamApp stream;
    final AlertSink sink;
    private final Thread sinkThread;

    Pipeline(Cluster cluster, Settings settings, Path alertsFile, PrintStream humanOut) throws IOException {
        CommonConfig config = new CommonConfig(settings.asMap());
        this.stream = new StreamApp(cluster.bootstrap(), settings.asMap()).start(Duration.ofSeconds(120));
        this.sink = new AlertSink(cluster.bootstrap(), config.applicationId() + "-sink", new JsonlAlertFile(alertsFile),
                humanOut);
        this.sinkThread = new Thread(sink, "wirewatch-sink");
        sinkThread.setDaemon(true);
        sinkThread.start();
    }

    @Override
    public void close() {
        sink.close();
        try {
            sinkThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            sink.file().close();
        } catch (IOException ignored) {
            // closing an append-only channel; nothing left to lose
        }
        stream.close();
    }
}
