package io.wirewatch.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code wirewatch run} as a user runs it: the packaged jar in its own JVM, on its embedded broker,
 * watching a folder. It must show alerts, pick up a file dropped in later, and stop cleanly on a
 * SIGINT, the signal Ctrl-C sends (on SIGTERM where the build runs with SIGINT ignored).
 */
class RunIT {
    @TempDir
    Path tmp;

    @Test
    void runShowsAlertsForNewFilesAndStopsCleanly() throws Exception {
        Path jar = Path.of("target", "wirewatch.jar");
        assertThat(jar).exists();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("..", "seeds", "000_bd6ebc6ce77eed67.txt"), in.resolve("000.txt"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "run", "--data-dir", tmp.resolve("data").toString(),
                "--watch", in.toString()).redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) lines.add(line);
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();
        try {
            assertThat(waitFor(lines, "NEW STORY", 1, 120)).as("first alert; output so far: %s", lines).isTrue();
            Files.copy(Path.of("..", "seeds", "004_4a82e650097df441.txt"), in.resolve("004.txt"));
            // 004 is a development of 000's story: its alert is DEVELOPMENT.
            assertThat(waitFor(lines, "DEVELOPMENT", 1, 60)).as("alert for a file dropped in later; output: %s", lines).isTrue();
        } finally {
            // SIGINT is what Ctrl-C sends. (Process.destroy() would also close our end of its output.) A build
            // started in the background of a non-interactive shell ignores SIGINT, and so do the processes it
            // starts, the app included: there SIGTERM, which runs the same shutdown hooks, stands in for it
            String signal = interruptIgnored() ? "-TERM" : "-INT";
            new ProcessBuilder("kill", signal, String.valueOf(p.pid())).inheritIO().start().waitFor();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops within 60 s; output: %s", lines).isTrue();
        reader.join(10_000);
        assertThat(lines).as("exit %d, output %s", p.exitValue(), lines).anyMatch(l -> l.contains("Wirewatch stopped cleanly."));
        assertThat(Files.readAllLines(tmp.resolve("data").resolve("alerts.jsonl"))).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Whether this JVM ignores SIGINT (signal 2 in the ignored mask of /proc/self/status), as its children will. */
    static boolean interruptIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).strip(), 16) & 2L) != 0;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: signals are as the shell left them
        }
        return false;
    }

    static boolean waitFor(List<String> lines, String needle, int count, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            synchronized (lines) {
                if (lines.stream().filter(l -> l.contains(needle)).count() >= count) return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
