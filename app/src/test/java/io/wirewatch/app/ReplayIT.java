package io.wirewatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds, replayed end to end through a real in-process Kafka broker. */
class ReplayIT {
    static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path tmp;

    @Test
    void replaysSeedsWithResendEmptyAndBinaryFileAndCountsReconcile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var s = Files.list(SEEDS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        String seed0 = Files.readString(SEEDS.resolve("000_bd6ebc6ce77eed67.txt"), StandardCharsets.UTF_8);
        // The same article resent by another outlet under another URL.
        Files.writeString(in.resolve("005_resend.txt"), "Title: Anthropic faces export order\nURL: https://other.example/2026/anthropic?utm_source=rss\n"
                + "Source: Other Wire\n\n" + seed0, StandardCharsets.UTF_8);
        Files.createFile(in.resolve("006_empty.txt"));
        byte[] noise = new byte[3000];
        new Random(3).nextBytes(noise);
        Files.write(in.resolve("007_random.txt"), noise);

        Path alerts = tmp.resolve("alerts.jsonl");
        Path report = tmp.resolve("report.json");
        Path articles = tmp.resolve("articles.jsonl");
        int rc = Main.execute("replay", in.toString(), "--data-dir", tmp.resolve("data").toString(),
                "--alerts", alerts.toString(), "--report", report.toString(), "--articles", articles.toString());
        assertThat(rc).isZero();

        JsonNode r = JsonSerde.MAPPER.readTree(report.toFile());
        JsonNode t = r.get("totals");
        assertThat(t.get("ingested").asInt()).isEqualTo(8);
        assertThat(t.get("accepted").asInt()).isEqualTo(5);
        assertThat(t.get("duplicates").asInt()).isEqualTo(1);
        assertThat(t.get("deadLettered").asInt()).isEqualTo(2);
        assertThat(t.get("ingested").asInt()).isEqualTo(t.get("accepted").asInt() + t.get("duplicates").asInt()
                + t.get("deadLettered").asInt());

        List<String> outcomes = new ArrayList<>();
        String seed0Id = null;
        for (JsonNode e : r.get("records")) {
            outcomes.add(e.get("input").asText() + "=" + e.get("outcome").asText());
            if (e.get("input").asText().startsWith("000_")) seed0Id = e.get("articleId").asText();
        }
        assertThat(outcomes).containsExactly("000_bd6ebc6ce77eed67.txt=accepted", "001_f5336899167f502f.txt=accepted",
                "002_2f5c82e7a28ade46.txt=accepted", "003_5f26596e7c0a6ca3.txt=accepted",
                "004_4a82e650097df441.txt=accepted", "005_resend.txt=duplicate", "006_empty.txt=dead-lettered",
                "007_random.txt=dead-lettered");
        JsonNode resend = r.get("records").get(5);
        assertThat(resend.get("duplicateOf").asText()).isEqualTo(seed0Id);
        assertThat(r.get("records").get(6).get("reason").asText()).isEqualTo("empty file");
        assertThat(r.get("records").get(7).get("reason").asText()).contains("not text");
        for (int i = 0; i < 5; i++) {
            assertThat(r.get("records").get(i).get("storyId").asText()).isNotBlank();
            // one story, never merged: the story at the end is the one assigned
            assertThat(r.get("records").get(i).get("currentStoryId").asText())
                    .isEqualTo(r.get("records").get(i).get("storyId").asText());
        }

        List<String> alertLines = Files.readAllLines(alerts, StandardCharsets.UTF_8);
        assertThat(alertLines).hasSize(t.get("alerts").asInt()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (String line : alertLines) {
            JsonNode a = JsonSerde.MAPPER.readTree(line);
            assertThat(ids.add(a.get("alertId").asText())).as("alertId unique").isTrue();
            assertThat(a.get("type").asText()).isIn("NEW_STORY", "DEVELOPMENT");
            assertThat(a.has("entities") && a.has("topics") && a.has("whatsNew")).isTrue();
            assertThat(a.get("articleId").asText()).as("no alert for the duplicate").isNotEqualTo(resend.get("articleId").asText());
        }
        assertThat(Files.readAllLines(articles, StandardCharsets.UTF_8)).hasSize(5);

        // The seeds are one story: NEW_STORY for 000, DEVELOPMENT for 002 and 004 (001 and 003 add too little).
        java.util.Map<String, String> idToInput = new java.util.HashMap<>();
        Set<String> stories = new HashSet<>();
        for (JsonNode e : r.get("records")) {
            if (e.get("outcome").asText().equals("accepted")) {
                idToInput.put(e.get("articleId").asText(), e.get("input").asText().substring(0, 3));
                stories.add(e.get("storyId").asText());
            }
        }
        assertThat(stories).hasSize(1);
        List<String> typed = new ArrayList<>();
        for (String line : alertLines) {
            JsonNode a = JsonSerde.MAPPER.readTree(line);
            typed.add(idToInput.get(a.get("articleId").asText()) + ":" + a.get("type").asText());
            if (a.get("type").asText().equals("DEVELOPMENT")) assertThat(a.get("whatsNew")).isNotEmpty();
        }
        assertThat(typed).containsExactly("000:NEW_STORY", "002:DEVELOPMENT", "004:DEVELOPMENT");
    }

    @Test
    void reportsSyndicatedCopyAsNearDuplicateWithoutAlert() throws Exception {
        Path copy = Path.of("..", "stream", "src", "test", "resources", "dedup", "syndicated-copy-of-seed-002.txt");
        Path alerts = tmp.resolve("alerts.jsonl");
        // what an earlier replay left: a fresh (temporary) pipeline replaces it rather than skipping ids it holds
        Files.writeString(alerts, "{\"alertId\":\"left-by-an-earlier-replay\"}\n", StandardCharsets.UTF_8);
        Path report = tmp.resolve("report.json");
        assertThat(Main.execute("replay", SEEDS.toString(), copy.toString(), "--alerts", alerts.toString(),
                "--report", report.toString())).isZero();
        assertThat(Files.readAllLines(alerts, StandardCharsets.UTF_8)).hasSize(3)
                .noneMatch(line -> line.contains("left-by-an-earlier-replay"));
        JsonNode r = JsonSerde.MAPPER.readTree(report.toFile());
        assertThat(r.get("totals").get("accepted").asInt()).isEqualTo(5);
        assertThat(r.get("totals").get("duplicates").asInt()).isEqualTo(1);
        String seed2 = null;
        JsonNode dup = null;
        for (JsonNode e : r.get("records")) {
            if (e.get("input").asText().startsWith("002_")) seed2 = e.get("articleId").asText();
            if (e.get("input").asText().startsWith("syndicated")) dup = e;
        }
        assertThat(dup).isNotNull();
        assertThat(dup.get("outcome").asText()).isEqualTo("duplicate");
        assertThat(dup.get("kind").asText()).isEqualTo("NEAR");
        assertThat(dup.get("duplicateOf").asText()).isEqualTo(seed2);
        String dupId = dup.get("articleId").asText();
        assertThat(Files.readAllLines(alerts, StandardCharsets.UTF_8))
                .noneMatch(line -> line.contains("\"articleId\":\"" + dupId + "\""));
    }
}
