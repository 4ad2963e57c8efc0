package io.wirewatch.app;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TempDataDirTest {

    @Test
    void closeDeletesTheDirectoryWithItsContents() throws Exception {
        TempDataDir t = TempDataDir.create("wirewatch-test-", Duration.ofSeconds(5));
        Files.writeString(Files.createDirectories(t.path().resolve("kafka")).resolve("x.log"), "data");

        t.close();

        assertThat(t.path()).doesNotExist();
        assertThat(t.stopRequested()).isFalse();
    }

    @Test
    void aTerminatedJvmDeletesTheDirectoryAfterTheOwnerClosedItsWork() throws Exception {
        Path dir = runAndTerminate("cooperative");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aTerminatedJvmDeletesTheDirectoryEvenWhenTheOwnerNeverCloses() throws Exception {
        Path dir = runAndTerminate("stuck");
        assertThat(dir).doesNotExist();
    }

    /** Starts {@link Owner} in a child JVM, sends it SIGTERM once its dir exists, returns the dir. */
    private static Path runAndTerminate(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Owner.class.getName(), mode)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Path dir = Path.of(r.readLine());
            assertThat(dir).isDirectory();
            p.destroy(); // SIGTERM, as a Ctrl-C or `kill` would
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("child stopped").isTrue();
            return dir;
        } finally {
            p.destroyForcibly();
        }
    }

    /** A stand-in for replay: uses a temp dir until stopped; "stuck" never notices the stop. */
    public static final class Owner {
        public static void main(String[] args) throws Exception {
            boolean cooperative = args[0].equals("cooperative");
            TempDataDir t = TempDataDir.create("wirewatch-test-", Duration.ofSeconds(2));
            Files.writeString(t.path().resolve("state"), "in use");
            System.out.println(t.path());
            System.out.flush();
            while (!(cooperative && t.stopRequested())) Thread.sleep(20);
            Files.writeString(t.path().resolve("closing"), "the broker writes while it closes");
            t.close();
        }
    }
}
