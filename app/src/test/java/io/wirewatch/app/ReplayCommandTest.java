package io.wirewatch.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Mistakes in a replay's arguments end it at once, before a broker is started for nothing. */
class ReplayCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute(args);
            return code + " " + captured.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void aFolderWithoutFilesEndsTheReplayWithAClearMessage() throws Exception {
        Files.createDirectories(dir.resolve("empty").resolve("nested"));
        Files.writeString(dir.resolve("empty").resolve(".hidden.txt"), "hidden files are skipped");
        String out = run("replay", dir.resolve("empty").toString());
        assertThat(out).startsWith("2 ").contains("wirewatch replay: no files in " + dir.resolve("empty"))
                .contains(".jsonl.gz");
        assertThat(dir.resolve("empty").resolve("replay-alerts.jsonl")).doesNotExist();
    }

    @Test
    void aMissingPathEndsTheReplayWithAClearMessage() {
        String out = run("replay", dir.resolve("no-such-folder").toString());
        assertThat(out).startsWith("2 ").contains("wirewatch replay: no such file or directory: " + dir.resolve("no-such-folder"));
    }

    @Test
    void aRecordsCurrentStoryFollowsEveryMergeAndStopsAtACycle() {
        // b was merged into a, later a into c: an article assigned to b is in c at the end
        java.util.Map<String, String> merged = java.util.Map.of("b", "a", "a", "c", "x", "y", "y", "x");
        assertThat(ReplayReport.currentStory(merged, "b")).isEqualTo("c");
        assertThat(ReplayReport.currentStory(merged, "c")).isEqualTo("c");
        assertThat(ReplayReport.currentStory(merged, "unmerged")).isEqualTo("unmerged");
        assertThat(ReplayReport.currentStory(merged, "x")).isIn("x", "y");
        assertThat(ReplayReport.currentStory(merged, null)).isNull();
    }
}
