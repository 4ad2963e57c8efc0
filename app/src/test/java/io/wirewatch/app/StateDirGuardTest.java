package io.wirewatch.app;

import io.wirewatch.common.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StateDirGuardTest {
    @TempDir
    Path tmp;

    private Settings settingsFor(Path data) {
        return Settings.empty().with("data.dir", data);
    }

    @Test
    void aDataDirWithoutStreamStateIsFree() {
        assertThat(StateDirGuard.busy(settingsFor(tmp.resolve("new")))).isNull();
    }

    @Test
    void aStateLockLeftByAStoppedProcessIsFree() throws Exception {
        Path data = tmp.resolve("data");
        Files.createFile(Files.createDirectories(data.resolve("streams").resolve("wirewatch")).resolve(".lock"));

        assertThat(StateDirGuard.busy(settingsFor(data))).isNull();
    }

    @Test
    void aStateLockHeldByAnotherProcessNamesTheDirAndWhatToDo() throws Exception {
        Path data = tmp.resolve("data");
        Path lock = Files.createDirectories(data.resolve("streams").resolve("wirewatch")).resolve(".lock");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Holder.class.getName(), lock.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("locked");

            assertThat(StateDirGuard.busy(settingsFor(data))).contains("another wirewatch process holds " + data,
                    "wirewatch tail --data-dir " + data, "another --data-dir");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(StateDirGuard.busy(settingsFor(data))).as("free again once that process ended").isNull();
    }

    /** Stands in for a running `wirewatch run`: holds the Streams state lock until killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE, StandardOpenOption.CREATE);
            ch.lock();
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
