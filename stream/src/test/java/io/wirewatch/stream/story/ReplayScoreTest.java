package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayScoreTest {
    @TempDir
    Path dir;

    private Path report() throws Exception {
        // the shape `wirewatch replay --report` writes: one record per input, storyId on accepted ones
        return Files.writeString(dir.resolve("r.json"), """
                {"totals":{},"records":[
                 {"input":"000_aa.txt","outcome":"accepted","articleId":"a0","storyId":"S1"},
                 {"input":"01-seeds-dev-deal.txt","outcome":"accepted","articleId":"a1","storyId":"S1"},
                 {"input":"02-seeds-rewrite.txt","outcome":"accepted","articleId":"a2","storyId":"S1"},
                 {"input":"03-harbour-00-base.txt","outcome":"accepted","articleId":"a3","storyId":"S1"},
                 {"input":"04-harbour-rewrite-brief.txt","outcome":"accepted","articleId":"a4","storyId":"S2"},
                 {"input":"TRUTH.md","outcome":"dead-lettered","reason":"unsupported file type"}]}
                """);
    }

    @Test
    void scoresPairsFromTheFileNamesAndCountsAlertsByKind() throws Exception {
        Path alerts = Files.writeString(dir.resolve("a.jsonl"), """
                {"type":"NEW_STORY","articleId":"a0"}
                {"type":"DEVELOPMENT","articleId":"a1"}
                {"type":"NEW_STORY","articleId":"a4"}
                """);
        ReplayScore.Result r = ReplayScore.score(report(), alerts, null);
        // gold: seeds {0,1,2} (3 pairs), harbour {3,4} (1 pair); predicted S1 {0,1,2,3} (6 pairs), S2 {4}
        assertThat(r.scores().goldPairs()).isEqualTo(4);
        assertThat(r.scores().predictedPairs()).isEqualTo(6);
        assertThat(r.scores().truePairs()).isEqualTo(3);
        assertThat(r.scores().precision()).isEqualTo(0.5);
        assertThat(r.scores().recall()).isEqualTo(0.75);
        assertThat(r.notAccepted()).singleElement().asString().startsWith("TRUTH.md dead-lettered");
        assertThat(r.count("00")).isEqualTo(2);
        assertThat(r.count("00", "NEW_STORY")).isEqualTo(1);
        assertThat(r.count("dev", "DEVELOPMENT")).isEqualTo(1);
        assertThat(r.count("rewrite")).isEqualTo(2);
        assertThat(r.count("rewrite", null)).isEqualTo(1);
        assertThat(r.count("rewrite", "NEW_STORY")).isEqualTo(1);
    }

    @Test
    void labelsFileOverridesNamesAndUnlistedFilesAreStoriesOfTheirOwn() throws Exception {
        Path labels = Files.writeString(dir.resolve("l.tsv"), """
                # id	story
                000_aa	x
                01-seeds-dev-deal	x
                03-harbour-00-base	x
                """);
        Map<String, String> read = ReplayScore.readLabels(labels);
        assertThat(read).containsEntry("000_aa", "x").hasSize(3);
        ReplayScore.Result r = ReplayScore.score(report(), null, read);
        // gold: x {0,1,3} (3 pairs), 2 and 4 alone; predicted S1 {0,1,2,3} (6 pairs)
        assertThat(r.scores().goldPairs()).isEqualTo(3);
        assertThat(r.scores().truePairs()).isEqualTo(3);
        assertThat(r.scores().predictedPairs()).isEqualTo(6);
    }

    @Test
    void jsonLinesRecordsAreLabelledByFileAndLine() throws Exception {
        Path report = Files.writeString(dir.resolve("j.json"), """
                {"records":[
                 {"input":"uci.jsonl:1","outcome":"accepted","articleId":"a1","storyId":"S1"},
                 {"input":"uci.jsonl:2","outcome":"accepted","articleId":"a2","storyId":"S1"},
                 {"input":"uci.jsonl:3","outcome":"accepted","articleId":"a3","storyId":"S2"},
                 {"input":"uci.jsonl:4","outcome":"duplicate","articleId":"a4"}]}
                """);
        Path labels = Files.writeString(dir.resolve("u.tsv"), "uci.jsonl:1\tx\nuci.jsonl:2\ty\nuci.jsonl:3\ty\n");
        ReplayScore.Result r = ReplayScore.score(report, null, ReplayScore.readLabels(labels));
        // gold x {1}, y {2,3}: 1 pair; predicted S1 {1,2}: 1 pair, not a true one
        assertThat(r.scores().goldPairs()).isEqualTo(1);
        assertThat(r.scores().predictedPairs()).isEqualTo(1);
        assertThat(r.scores().truePairs()).isZero();
        assertThat(r.notAccepted()).singleElement().asString().startsWith("uci.jsonl:4 duplicate");
    }

    @Test
    void aFileThatIsNoReplayReportIsRefusedWithTheReason() throws Exception {
        Path notReport = Files.writeString(dir.resolve("x.json"), "{\"alerts\":[]}");
        assertThatThrownBy(() -> ReplayScore.score(notReport, null, null))
                .hasMessageContaining("not a replay report");
    }
}
