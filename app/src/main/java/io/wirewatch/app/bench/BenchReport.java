package io.wirewatch.app.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable table printed before the JSON line. */
final class BenchReport {
    private BenchReport() {
    }

    @SuppressWarnings("unchecked")
    static void print(PrintWriter out, Map<String, Object> json) {
        Map<String, Object> stream = (Map<String, Object>) json.get("stream");
        Map<String, Object> head = (Map<String, Object>) json.get("headline");
        Map<String, Object> ceiling = (Map<String, Object>) json.get("ceiling");
        Map<String, Object> pipeline = (Map<String, Object>) json.get("pipeline");
        Map<String, Object> producer = (Map<String, Object>) json.get("producer");
        Map<String, Object> latency = (Map<String, Object>) json.get("latency");
        Map<String, Object> stages = (Map<String, Object>) json.get("stage_cost");
        Map<String, Object> history = (Map<String, Object>) json.get("history");
        Map<String, Object> res = (Map<String, Object>) json.get("resources");

        out.println();
        out.println("Wirewatch benchmark  (method: docs/benchmark.md; the machine may be shared, figures are pessimistic)");
        out.println("-".repeat(96));
        out.printf(Locale.ROOT, "Stream: %s articles (%s originals, %s exact copies, %s near copies), %s B/record mean%n",
                stream.get("articles"), stream.get("originals"), stream.get("exact_copies"), stream.get("near_copies"),
                stream.get("mean_record_bytes"));
        out.println();
        row(out, "Throughput (median of repeats, sustained 10-90%)", "value");
        row(out, "  Kafka ceiling: pass-through Streams app, records/s", ceiling.get("sustained_per_s_median"));
        row(out, "  Wirewatch pipeline, articles/s", pipeline.get("sustained_per_s_median"));
        row(out, "  pipeline / ceiling", head.get("pipeline_share_of_ceiling"));
        row(out, "  producer alone, articles/s (MB/s)", producer.get("articles_per_s") + " (" + producer.get("mb_per_s") + ")");
        row(out, "  pipeline runs, articles/s", pipeline.get("sustained_per_s_runs"));
        row(out, "  pipeline outputs (last run)", pipeline.get("outputs") + "  accounted "
                + pipeline.get("accounted") + "/" + pipeline.get("expected"));
        out.println();
        row(out, "Latency at " + latency.get("offered_per_s") + " articles/s offered", "p50 / p99 / max ms");
        row(out, "  ingest to output (articles/duplicates/deadletter)", latency.get("output_p50_ms") + " / "
                + latency.get("output_p99_ms") + " / " + latency.get("output_max_ms"));
        row(out, "  ingest to alert (" + latency.get("alerts") + " alerts)", latency.get("alert_p50_ms") + " / "
                + latency.get("alert_p99_ms") + " / " + latency.get("alert_max_ms"));
        out.println();
        row(out, "Per-stage cost, µs per article (" + stages.get("articles") + " articles)", "µs");
        row(out, "  extraction (ingest, HTML page)", stages.get("extraction_us"));
        row(out, "  normalise (pure function, incl. JSON parse)", stages.get("normalise_us"));
        for (Map<String, Object> r : (List<Map<String, Object>>) stages.get("topology")) {
            String name = "  " + r.get("stage") + (Boolean.TRUE.equals(r.get("placeholder")) ? " [placeholder]" : "");
            row(out, name, r.get("us_per_article"));
        }
        out.println();
        row(out, "Cost growth with history (single run each)", "articles/s, state MB");
        row(out, "  history 0 (pipeline median)", pipeline.get("sustained_per_s_median") + ", " + pipeline.get("state_mb_max"));
        for (Map<String, Object> r : (List<Map<String, Object>>) history.get("runs")) {
            row(out, "  history " + r.get("history"), r.get("articles_per_s") + ", " + r.get("state_mb"));
        }
        out.println();
        row(out, "Peak heap MB (whole JVM incl. broker) / max", res.get("peak_heap_mb") + " / " + res.get("max_heap_mb"));
        if (res.containsKey("broker_log_mb")) row(out, "Broker log on disk, MB", res.get("broker_log_mb"));
        row(out, "Elapsed, s", json.get("elapsed_seconds"));
        out.println("-".repeat(96));
    }

    private static void row(PrintWriter out, String label, Object value) {
        out.printf(Locale.ROOT, "%-62s %s%n", label, value);
    }
}
