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
        row(out, "Throughput (median of " + pipeline.get("per_s_runs").toString().split(",").length + " batches)", "per second");
        row(out, "  Kafka ceiling: pass-through Streams app, records/s", ceiling.get("per_s_median")
                + "  (" + ceiling.get("mb_per_s_median") + " MB/s, batches of " + ceiling.get("batch") + ")");
        row(out, "  Wirewatch pipeline, articles/s", pipeline.get("per_s_median") + "  (batches of " + pipeline.get("batch") + ")");
        row(out, "  pipeline / ceiling", head.get("pipeline_share_of_ceiling"));
        row(out, "  producer alone while feeding the ceiling, records/s", ceiling.get("producer_only_per_s_median"));
        row(out, "  pipeline batches, articles/s", pipeline.get("per_s_runs"));
        row(out, "  pipeline outputs (last batch)", pipeline.get("outputs") + "  accounted "
                + pipeline.get("accounted") + "/" + pipeline.get("expected"));
        Map<String, Object> fast = (Map<String, Object>) json.get("dedup_fast_path");
        row(out, "  exact-duplicate fast path (first batch re-sent, cycled), articles/s", fast.get("per_s")
                + "  (runs " + fast.get("runs_per_s") + ", batches of " + fast.get("records") + ")");
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
        row(out, "Cost growth with history (one batch each)", "articles/s | store keys, MB");
        row(out, "  " + pipeline.get("stores_before_first_run") + " articles seen before (pipeline median)",
                pipeline.get("per_s_median") + " | " + pipeline.get("store_keys_after_runs") + ", "
                        + pipeline.get("store_mb_after_runs") + " (after the batches)");
        for (Map<String, Object> r : (List<Map<String, Object>>) history.get("runs")) {
            row(out, "  " + r.get("stores_before") + " articles seen before (--history " + r.get("history") + ")",
                    r.get("articles_per_s") + " | " + r.get("store_keys_before") + ", " + r.get("store_mb_before"));
        }
        out.println();
        row(out, "Targets", "value  target  met");
        for (Map.Entry<String, Object> e : ((Map<String, Object>) json.get("targets")).entrySet()) {
            Map<String, Object> t = (Map<String, Object>) e.getValue();
            row(out, "  " + e.getKey(), t.get("value") + "  " + t.get("target") + "  " + t.getOrDefault("met", "-"));
        }
        out.println();
        row(out, "Streams state on disk at the end, MB", json.get("state_mb_at_end"));
        row(out, "Peak heap MB (whole JVM incl. broker) / max", res.get("peak_heap_mb") + " / " + res.get("max_heap_mb"));
        if (res.containsKey("broker_log_mb")) row(out, "Broker log on disk, MB", res.get("broker_log_mb"));
        row(out, "Elapsed, s", json.get("elapsed_seconds"));
        out.println("-".repeat(96));
    }

    private static void row(PrintWriter out, String label, Object value) {
        out.printf(Locale.ROOT, "%-62s %s%n", label, value);
    }
}
