package io.wirewatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away data dir (embedded broker log and Streams state, ~135 MB for the seeds) that is deleted
 * both when its owner closes it and when the JVM is stopped (Ctrl-C, SIGTERM). A {@code finally} block
 * alone is not enough: on a stop the JVM runs its shutdown hooks and halts, and the thread that would
 * reach the {@code finally} may still be waiting for the pipeline.
 *
 * <p>On a stop the hook first asks the owner to wind down ({@link #stopRequested()}) and waits up to a
 * grace period for it to close the broker and the topology and then this dir ({@link #close()}), so
 * files are not deleted under a running broker; after the grace period it deletes anyway (best effort).
 */
public final class TempDataDir implements AutoCloseable {
    private final Path dir;
    private final Duration grace;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean stopRequested;

    private TempDataDir(Path dir, Duration grace) {
        this.dir = dir;
        this.grace = grace;
        this.hook = new Thread(this::onShutdown, "wirewatch-temp-dir-cleanup");
    }

    /** A new empty directory {@code <java.io.tmpdir>/<prefix>*}, deleted on close or JVM stop. */
    static TempDataDir create(String prefix, Duration grace) throws IOException {
        TempDataDir t = new TempDataDir(Files.createTempDirectory(prefix), grace);
        Runtime.getRuntime().addShutdownHook(t.hook);
        return t;
    }

    Path path() {
        return dir;
    }

    /** True once the JVM is stopping: the owner should stop waiting, close what uses the dir, and close this. */
    boolean stopRequested() {
        return stopRequested;
    }

    /** Deletes the directory; call it after everything writing to it (broker, Streams) is closed. */
    @Override
    public void close() {
        deleteRecursively(dir);
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running (or ran) already; it finds the dir gone
        }
    }

    private void onShutdown() {
        stopRequested = true;
        try {
            closed.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteRecursively(dir);
    }

    /** Deletes a directory tree, best effort (what cannot be deleted stays): for throw-away directories only. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort for a temporary directory
                }
            });
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // best effort: a file vanished while walking (the broker was still closing)
        }
    }
}
