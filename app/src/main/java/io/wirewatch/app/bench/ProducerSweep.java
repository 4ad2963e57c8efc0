package io.wirewatch.app.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bench --tune}: the measurement behind the producer settings. Sends the same article bytes to
 * {@code wirewatch.bench.passthrough.in} with each combination of {@code batch.size}, {@code linger.ms}
 * and {@code compression.type} (acks=all, idempotent, as Wirewatch runs) and reports records/s until all
 * are acknowledged, plus the producer's own average batch size and compression rate.
 */
final class ProducerSweep {
    private static final int[] BATCH = {16 * 1024, 256 * 1024};
    private static final int[] LINGER = {0, 10};
    private static final String[] COMPRESSION = {"none", "lz4", "zstd"};

    private ProducerSweep() {
    }

    static List<Map<String, Object>> run(String bootstrap, String topic, List<KafkaRuns.Payload> bytes, int records,
                                         int repeats, Progress progress) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int batch : BATCH) {
            for (int linger : LINGER) {
                for (String compression : COMPRESSION) {
                    Properties p = BenchTuning.producerProps(bootstrap);
                    p.put(ProducerConfig.BATCH_SIZE_CONFIG, batch);
                    p.put(ProducerConfig.LINGER_MS_CONFIG, linger);
                    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
                    List<Double> rates = new ArrayList<>();
                    double batchAvg = Double.NaN;
                    double compressionRate = Double.NaN;
                    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                            new ByteArraySerializer())) {
                        for (int r = -1; r < repeats; r++) { // r = -1: warm-up
                            int n = r < 0 ? Math.max(1, records / 4) : records;
                            AtomicReference<Exception> error = new AtomicReference<>();
                            long t0 = System.nanoTime();
                            for (int i = 0; i < n; i++) {
                                KafkaRuns.Payload x = bytes.get(i % bytes.size());
                                producer.send(new ProducerRecord<>(topic, x.key(), x.value()), (md, e) -> {
                                    if (e != null) error.compareAndSet(null, e);
                                });
                            }
                            producer.flush();
                            if (error.get() != null) throw new IllegalStateException("producing failed", error.get());
                            if (r >= 0) rates.add(n * 1e9 / (System.nanoTime() - t0));
                        }
                        batchAvg = metric(producer.metrics(), "batch-size-avg");
                        compressionRate = metric(producer.metrics(), "compression-rate-avg");
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("batch_size", batch);
                    row.put("linger_ms", linger);
                    row.put("compression", compression);
                    row.put("records_per_s", BenchCommand.round(Stats.median(rates)));
                    row.put("batch_bytes_avg", BenchCommand.round(batchAvg));
                    row.put("compression_rate_avg", BenchCommand.round(compressionRate));
                    rows.add(row);
                    progress.update(String.format(java.util.Locale.ROOT, "tune: batch.size %d, linger.ms %d, %s: %.0f records/s",
                            batch, linger, compression, Stats.median(rates)));
                }
            }
        }
        return rows;
    }

    private static double metric(Map<MetricName, ? extends Metric> metrics, String name) {
        for (var e : metrics.entrySet()) {
            if (e.getKey().group().equals("producer-metrics") && e.getKey().name().equals(name)
                    && e.getValue().metricValue() instanceof Number n) {
                return n.doubleValue();
            }
        }
        return Double.NaN;
    }

    static void print(java.io.PrintWriter out, List<Map<String, Object>> rows) {
        out.println();
        out.println("Producer settings sweep (acks=all, idempotent; records/s until acknowledged, median)");
        out.printf(java.util.Locale.ROOT, "%-12s %-10s %-12s %14s %16s %12s%n", "batch.size", "linger.ms", "compression",
                "records/s", "avg batch bytes", "compression");
        for (Map<String, Object> r : rows) {
            out.printf(java.util.Locale.ROOT, "%-12s %-10s %-12s %14s %16s %12s%n", r.get("batch_size"), r.get("linger_ms"),
                    r.get("compression"), r.get("records_per_s"), r.get("batch_bytes_avg"), r.get("compression_rate_avg"));
        }
        out.println("Wirewatch uses: " + BenchTuning.describe());
    }
}
