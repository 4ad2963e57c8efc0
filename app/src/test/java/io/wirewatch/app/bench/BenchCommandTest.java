package io.wirewatch.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end on the embedded broker, --quick: checks the report, not the timings. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void quickRunPrintsTableAndJsonWhoseCountsReconcile() throws Exception {
        StringWriter out = new StringWriter();
        int rc = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true))
                .execute("--quick", "--seed", "7", "--data-dir", dir.toString());
        assertThat(rc).isZero();

        List<String> lines = out.toString().strip().lines().toList();
        assertThat(out.toString()).contains("Kafka ceiling", "Wirewatch pipeline", "Per-stage cost", "p50 / p99 / max");
        JsonNode json = JsonSerde.MAPPER.readTree(lines.get(lines.size() - 1));

        int articles = json.at("/stream/articles").asInt();
        int exactCopies = json.at("/stream/exact_copies").asInt();
        assertThat(articles).isEqualTo(100);
        assertThat(json.at("/stream/originals").asInt() + exactCopies + json.at("/stream/near_copies").asInt())
                .isEqualTo(articles);

        // Every measured input came out exactly once as accepted, duplicate or dead letter ...
        JsonNode pipeline = json.get("pipeline");
        assertThat(pipeline.get("accounted").asInt()).isEqualTo(articles);
        assertThat(pipeline.get("expected").asInt()).isEqualTo(articles);
        int accepted = pipeline.at("/outputs/wirewatch.articles").asInt();
        int dups = pipeline.at("/outputs/wirewatch.duplicates").asInt();
        int dead = pipeline.at("/outputs/wirewatch.deadletter").asInt();
        assertThat(accepted + dups + dead).isEqualTo(articles);
        // ... and exact dedup caught at least every exact copy the generator made.
        assertThat(dups).isGreaterThanOrEqualTo(exactCopies);
        assertThat(dead).isZero();

        // Re-sending the first batch unchanged: every article is an exact duplicate of itself.
        assertThat(json.at("/dedup_fast_path/outputs/wirewatch.duplicates").asInt()).isEqualTo(articles);
        assertThat(json.at("/dedup_fast_path/records").asInt()).isEqualTo(articles);
        assertThat(json.at("/targets/pipeline_articles_per_s/met").isBoolean()).isTrue();

        assertThat(json.at("/ceiling/accounted").asInt()).isEqualTo(json.at("/ceiling/expected").asInt());
        assertThat(json.at("/ceiling/outputs/wirewatch.bench.passthrough.out").asInt())
                .isEqualTo(json.at("/ceiling/expected").asInt());
        // History pumped until the stores had seen 500, then one more measured batch, all accounted.
        JsonNode history = json.at("/history/runs/0");
        assertThat(history.get("history").asInt()).isEqualTo(500);
        assertThat(history.get("stores_before").asInt()).isGreaterThanOrEqualTo(500);
        assertThat(history.get("accounted").asInt()).isEqualTo(articles);

        assertThat(json.at("/latency/measured").asInt()).isPositive();
        assertThat(json.at("/latency/output_p99_ms").asDouble())
                .isGreaterThanOrEqualTo(json.at("/latency/output_p50_ms").asDouble());
        assertThat(json.at("/stage_cost/topology")).hasSize(7);
        assertThat(json.at("/headline/pipeline_articles_per_s").isNumber()).isTrue();
        assertThat(json.at("/resources/peak_heap_mb").asLong()).isPositive();
    }
}
