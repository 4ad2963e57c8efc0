package io.wirewatch.app;

import io.wirewatch.common.Settings;
import io.wirewatch.stream.StreamConfig;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Refuses to start a second topology on a data dir another process is running one on. Kafka Streams
 * locks {@code <state.dir>/<application.id>/.lock}; a second instance fails deep in its start with
 * "Unable to initialize state … multiple instances …", after the broker connection was made. Probing
 * the same lock first lets the command say what to do instead.
 */
final class StateDirGuard {
    private StateDirGuard() {
    }

    /** The message for a data dir whose Streams state another process holds, or null when it is free. */
    static String busy(Settings settings) {
        StreamConfig config = new StreamConfig(settings.asMap());
        Path lock = Path.of(config.stateDir()).resolve(config.applicationId()).resolve(".lock");
        if (!heldByAnotherProcess(lock)) return null;
        String dir = config.dataDir().toString();
        return "another wirewatch process holds " + dir + " (its stream state " + lock.getParent() + " is locked); "
                + "use `wirewatch tail --data-dir " + dir + "` to follow its alerts, or pass another --data-dir";
    }

    /**
     * For a command about to start a topology: true (after saying why on {@code err}) when the data dir is busy, so
     * the command exits with code 2.
     */
    static boolean refuses(Settings settings, String command, java.io.PrintStream err) {
        String busy = busy(settings);
        if (busy == null) return false;
        err.println("wirewatch " + command + ": " + busy);
        return true;
    }

    /** True when another process holds the lock on this file; false when it is free, missing, or ours. */
    static boolean heldByAnotherProcess(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) return false;
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException sameJvm) {
            // Held in this JVM (tests that run commands side by side): not another process; let Streams decide.
            return false;
        } catch (Exception unreadable) {
            return false;
        }
    }
}
