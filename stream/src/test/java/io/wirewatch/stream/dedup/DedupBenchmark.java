package io.wirewatch.stream.dedup;

import io.wirewatch.common.model.Article;
import io.wirewatch.stream.Routed;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Cost of the near-dup path per article against a history of H remembered articles: the real
 * processors on RocksDB stores, every probe and answer serialised and read back as the
 * repartitions would, no broker and no record cache. History is filled straight into the band store with random band keys, as unrelated
 * articles produce. Figures are thread CPU time (the machine is shared), plus wall time; all sizes are
 * filled first and then timed in turns of 250 articles, so a burst of load from other jobs falls on
 * every size alike, and the median turn is printed besides the total. Run:
 * <pre>
 * mvn -B -q -o -pl stream -am test-compile
 * mvn -B -q -o -pl stream dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp stream/target/test-classes:stream/target/classes:$(cat stream/target/cp.txt) \
 *     io.wirewatch.stream.dedup.DedupBenchmark 10000 1000000
 * </pre>
 * Arguments: history sizes (default 10000 1000000). Properties: {@code -Dmeasure=20000} articles timed per
 * size; {@code -Dwarmup=20000} articles run first on a throwaway store to warm the JIT;
 * {@code -Dcompact=true} also times fresh articles after a full compaction of the band store;
 * {@code -Drocksdb.tuning=true} opens the stores with {@link io.wirewatch.stream.RocksDbTuning} as
 * {@code StreamApp} does ({@code false}: Kafka Streams' RocksDB defaults); {@code -Dneardup.*=...}
 * overrides a near-dup setting (e.g. {@code -Dneardup.bands=20}).
 */
public final class DedupBenchmark {
    private static final int VOCABULARY = 30_000;

    private DedupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[]{10_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        int measure = Integer.getInteger("measure", 20_000);
        boolean compact = Boolean.parseBoolean(System.getProperty("compact", "true"));
        boolean tuned = Boolean.parseBoolean(System.getProperty("rocksdb.tuning", "true"));
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put(NearDupConfig.DECISION_GRACE_MS, "0");
        // Any -Dneardup.*=value overrides a default (e.g. -Dneardup.bands=20 for the old banding).
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("neardup."))
                .forEach(k -> settings.put(k, System.getProperty(k)));
        NearDupConfig config = new NearDupConfig(settings);
        System.out.printf(Locale.ROOT, "bands %d x rows %d, signature %d, threshold %.2f; RocksDB %s; timing %d articles"
                        + " (10%% near copies) after each history size%n",
                config.bands(), config.rows(), config.signatureSize(), config.threshold(),
                tuned ? "tuned (RocksDbTuning: bloom filters on every level, shared block cache)" : "Kafka Streams defaults",
                measure);
        List<String> bodies = bodies(measure, new SplittableRandom(7));
        List<String> warmup = bodies(Math.min(3_000, measure), new SplittableRandom(8));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<String> later = bodies(measure, new SplittableRandom(9));
        // Bring the JIT to steady state once, on a throwaway rig, so that the first size measured is
        // not slower only for coming first (3,000 articles were not enough: C2 was still compiling).
        int jit = Integer.getInteger("warmup", 20_000);
        if (jit > 0) {
            Path scratch = Files.createTempDirectory("dedup-bench-warmup");
            try (Rig rig = new Rig(config, scratch)) {
                rig.fillHistory(1_000, new SplittableRandom(1));
                rig.run(bodies(jit, new SplittableRandom(10)), "jit-", 0);
            } finally {
                deleteRecursively(scratch);
            }
        }
        // All sizes are filled first and then timed in turns of 250 articles (10k, 1M, 10k, ...): the
        // machine is shared, and other jobs slow a thread down in bursts; taking turns spreads a
        // burst over every size instead of charging it to whichever size was running.
        List<Rig> rigs = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try {
            for (long history : sizes) {
                Path dir = Files.createTempDirectory("dedup-bench");
                dirs.add(dir);
                Rig rig = new Rig(config, dir);
                rigs.add(rig);
                long t0 = System.nanoTime();
                rig.fillHistory(history, new SplittableRandom(history));
                System.out.printf(Locale.ROOT, "history %,10d filled in %.0f s%n", history, (System.nanoTime() - t0) / 1e9);
                rig.run(warmup, "warm-", 0);
            }
            measure(sizes, rigs, bodies, "m-", "right after the bulk load (uncompacted)");
            if (compact) {
                // A long-running store has been compacted in the background many times over; a
                // bulk load measured at once has not. Compact fully (synchronously), then time
                // fresh articles of the same kind.
                for (int r = 0; r < rigs.size(); r++) {
                    long t2 = System.nanoTime();
                    rigs.get(r).compact();
                    System.out.printf(Locale.ROOT, "history %,10d compacted in %.0f s%n", sizes[r],
                            (System.nanoTime() - t2) / 1e9);
                }
                measure(sizes, rigs, later, "c-", "after full compaction");
            }
        } finally {
            for (Rig rig : rigs) rig.close();
            for (Path dir : dirs) deleteRecursively(dir);
        }
    }

    private static void measure(long[] sizes, List<Rig> rigs, List<String> bodies, String prefix, String label) {
        int[] dups = new int[rigs.size()];
        double[] wall = new double[rigs.size()];
        for (Rig rig : rigs) rig.reset();
        for (int from = 0; from < bodies.size(); from += Rig.CHUNK) {
            List<String> chunk = bodies.subList(from, Math.min(bodies.size(), from + Rig.CHUNK));
            for (int r = 0; r < rigs.size(); r++) {
                long t1 = System.nanoTime();
                dups[r] += rigs.get(r).run(chunk, prefix, from);
                wall[r] += (System.nanoTime() - t1) / 1e9;
            }
        }
        System.out.printf(Locale.ROOT, "%s:%n", label);
        double first = 0;
        for (int r = 0; r < rigs.size(); r++) {
            Rig rig = rigs.get(r);
            double c = (rig.phases[0] + rig.phases[1] + rig.phases[2]) / 1e9;
            double us = c * 1e6 / bodies.size();
            if (r == 0) first = us;
            // CPU time of the processing thread is the figure to compare: the machine is shared,
            // so wall time includes waiting for a core. RocksDB background compaction is not in it.
            System.out.printf(Locale.ROOT, "   history %,10d: %,d articles, %d near copies found; thread CPU %.2f s ="
                            + " %,.0f articles/s = %.1f us/article (%.2fx the first size); wall %.2f s = %,.0f articles/s%n",
                    sizes[r], bodies.size(), dups[r], c, bodies.size() / c, us, us / first, wall[r],
                    bodies.size() / wall[r]);
            List<Double> sorted = new ArrayList<>(rig.chunks);
            java.util.Collections.sort(sorted);
            double median = sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "      median of %d turns of %d articles: %.1f us/article = %,.0f articles/s"
                            + " (fastest turn %.1f, slowest %.1f)%n", sorted.size(), Rig.CHUNK, median, 1e6 / median,
                    sorted.get(0), sorted.get(sorted.size() - 1));
            System.out.printf(Locale.ROOT, "      per article CPU: sign %.1f us, band side (probe serde, lookup, insert) %.1f us,"
                            + " decide (answer serde, counting, decision) %.1f us%n",
                    rig.phases[0] / 1e3 / bodies.size(), rig.phases[1] / 1e3 / bodies.size(),
                    rig.phases[2] / 1e3 / bodies.size());
            System.out.printf(Locale.ROOT, "      band store after the timing: %s%n", rig.describeBandStore());
        }
    }

    /** Synthetic 350-650-word articles from a Zipf-like vocabulary; every tenth is a copy of an earlier one. */
    static List<String> bodies(int n, SplittableRandom random) {
        List<String> out = new ArrayList<>(n);
        CopyEditor editor = new CopyEditor(11);
        for (int i = 0; i < n; i++) {
            if (i >= 10 && i % 10 == 0) {
                String original = out.get(random.nextInt(i - 9, i));
                out.add(CopyEditor.join(editor.syndicate(CopyEditor.paragraphs(original))));
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int words = 350 + random.nextInt(300);
            for (int w = 0; w < words; w++) {
                double u = random.nextDouble();
                int rank = (int) Math.floor(Math.pow(VOCABULARY, u)); // log-uniform ranks ≈ Zipf
                sb.append('w').append(Integer.toString(rank, 36));
                sb.append(w % 60 == 59 ? ".\n" : w % 15 == 14 ? ". " : " ");
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * The stage's two stateful processors on their own RocksDB stores (no record cache, no
     * changelog: MockProcessorContext supports neither), wired as the topology wires them, with
     * every probe and answer serialised and read back as the repartition topics would.
     */
    static final class Rig implements AutoCloseable {
        private final MinHasher hasher;
        private final NearDupConfig config;
        private KeyValueStore<String, BandEntry> bandStore;
        private KeyValueStore<String, String> expiryStore;
        private final KeyValueStore<String, Article> pending;
        private final KeyValueStore<String, Votes> votes;
        private final MockProcessorContext<String, GatherMessage> bandContext;
        private final MockProcessorContext<String, Routed<Article>> decideContext;
        private final BandMatchProcessor band;
        private final DecideProcessor decide;
        private long clock = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
        /** Thread CPU nanoseconds: signing, band side (probe serde, lookup, insert), deciding (answer serde, counting). */
        final long[] phases = new long[3];
        /** CPU microseconds per article of each call of {@link #run} since {@link #reset}, in order. */
        final List<Double> chunks = new ArrayList<>();
        static final int CHUNK = 250;
        private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();

        Rig(NearDupConfig config, Path dir) throws java.io.IOException {
            this.config = config;
            this.hasher = config.minHasher();
            Files.createDirectories(dir.resolve("band"));
            Files.createDirectories(dir.resolve("decide"));
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-bench");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            if (Boolean.parseBoolean(System.getProperty("rocksdb.tuning", "true"))) {
                // As StreamApp registers it.
                props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, io.wirewatch.stream.RocksDbTuning.class);
            }
            bandContext = new MockProcessorContext<>(props, new TaskId(0, 0), dir.resolve("band").toFile());
            openBandStores();
            band = new BandMatchProcessor(new BandMatcher(config.threshold(), config.maxBandMembers()),
                    config.retentionMs());
            band.init(bandContext);

            decideContext = new MockProcessorContext<>(props, new TaskId(1, 0), dir.resolve("decide").toFile());
            pending = NearDupStores.pendingStore().withCachingDisabled().withLoggingDisabled().build();
            votes = NearDupStores.votesStore().withCachingDisabled().withLoggingDisabled().build();
            pending.init(decideContext.getStateStoreContext(), pending);
            votes.init(decideContext.getStateStoreContext(), votes);
            decideContext.addStateStore(pending);
            decideContext.addStateStore(votes);
            decide = new DecideProcessor(config.pendingTimeoutMs(), 0);
            decide.init(decideContext);
        }

        private void openBandStores() {
            bandStore = NearDupStores.bandStore().withCachingDisabled().withLoggingDisabled().build();
            expiryStore = NearDupStores.bandExpiryStore().withCachingDisabled().withLoggingDisabled().build();
            for (var store : List.of(bandStore, expiryStore)) {
                store.init(bandContext.getStateStoreContext(), store);
                bandContext.addStateStore(store);
            }
        }

        /**
         * Flushes the memtables and compacts the band store and its index completely, with the
         * options the stores were opened with (so filters are built as the running store builds
         * them). Kafka Streams has no public compaction call: this reaches the RocksDB handle of
         * the store by reflection, which only a benchmark may do.
         */
        void compact() throws Exception {
            for (var store : List.of(bandStore, expiryStore)) {
                org.rocksdb.RocksDB db = rocksDb(store);
                try (org.rocksdb.FlushOptions flush = new org.rocksdb.FlushOptions().setWaitForFlush(true)) {
                    db.flush(flush);
                }
                db.compactRange();
            }
        }

        /** Sorted runs and background work of the band store's RocksDB, to explain the figures. */
        String describeBandStore() {
            try {
                org.rocksdb.RocksDB db = rocksDb(bandStore);
                return String.format(Locale.ROOT, "%s keys, %d SST files (%s at level 0), %s compactions running,"
                                + " compaction pending %s, %s MB of SST files",
                        db.getProperty("rocksdb.estimate-num-keys"), db.getLiveFilesMetaData().size(),
                        db.getProperty("rocksdb.num-files-at-level0"),
                        db.getProperty("rocksdb.num-running-compactions"), db.getProperty("rocksdb.compaction-pending"),
                        Long.parseLong(db.getProperty("rocksdb.total-sst-files-size")) >> 20);
            } catch (Exception e) {
                return "(no RocksDB properties: " + e + ")";
            }
        }

        private static org.rocksdb.RocksDB rocksDb(Object store) throws ReflectiveOperationException {
            Object s = store;
            while (s instanceof org.apache.kafka.streams.state.internals.WrappedStateStore<?, ?, ?> w) s = w.wrapped();
            if (!(s instanceof org.apache.kafka.streams.state.internals.RocksDBStore)) {
                throw new IllegalStateException("not a RocksDB store: " + s.getClass());
            }
            java.lang.reflect.Field f = org.apache.kafka.streams.state.internals.RocksDBStore.class.getDeclaredField("db");
            f.setAccessible(true);
            return (org.rocksdb.RocksDB) f.get(s);
        }

        /** History of unrelated articles: random MinHash values give random band keys and sketches. */
        void fillHistory(long n, SplittableRandom random) {
            long start = clock - config.retentionMs() / 2;
            List<KeyValue<String, BandEntry>> entries = new ArrayList<>();
            List<KeyValue<String, String>> index = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                int[] mins = new int[hasher.signatureSize()];
                for (int k = 0; k < mins.length; k++) mins[k] = random.nextInt();
                Signature sig = new Signature(300 + random.nextInt(400), mins);
                long at = start + i * (config.retentionMs() / 2) / Math.max(1, n);
                BandMember m = new BandMember("h" + i, 1, at, 0, sig.shingles(), sig.sketch());
                for (int b = 0; b < hasher.bands(); b++) {
                    String key = hasher.bandKey(sig, b);
                    entries.add(KeyValue.pair(key, new BandEntry(List.of(m))));
                    index.add(KeyValue.pair(NearDupStores.expiryKey(at, key, m.articleId()), ""));
                }
                if (entries.size() >= 20_000) {
                    bandStore.putAll(entries);
                    expiryStore.putAll(index);
                    entries.clear();
                    index.clear();
                }
            }
            bandStore.putAll(entries);
            expiryStore.putAll(index);
        }

        void reset() {
            java.util.Arrays.fill(phases, 0);
            chunks.clear();
        }

        /**
         * Runs articles through sign → band match → decide; returns how many were near duplicates.
         * Adds to {@link #phases} and records the CPU cost per article of this call in {@link #chunks}.
         */
        int run(List<String> bodies, String prefix, int firstIndex) {
            int dups = 0;
            long start = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < bodies.size(); k++) {
                int i = firstIndex + k;
                long now = ++clock;
                long c0 = cpu.getCurrentThreadCpuTime();
                Article a = new Article(prefix + i, "bench", "bench", null, null, Instant.ofEpochMilli(now), null, null,
                        "", bodies.get(k), null, "en", null, "fp" + i, 1, null, null, null);
                Signed s = Signed.of(a, hasher, config.minShingles(), now);
                long c1 = cpu.getCurrentThreadCpuTime();
                phases[0] += c1 - c0;
                if (!s.comparable()) continue;
                for (var kv : s.probes(hasher)) {
                    BandProbe probe = NearDupStores.PROBE.deserialize(null, NearDupStores.PROBE.serialize(null, kv.value));
                    band.process(new Record<>(kv.key, probe, now));
                }
                long c2 = cpu.getCurrentThreadCpuTime();
                phases[1] += c2 - c1;
                decideContext.setCurrentSystemTimeMs(now);
                decide.process(new Record<>(a.articleId(), roundTrip(GatherMessage.of(a, hasher.bands())), now));
                for (var fwd : bandContext.forwarded()) {
                    decide.process(new Record<>(fwd.record().key(), roundTrip(fwd.record().value()), now));
                }
                bandContext.resetForwards();
                for (var out : decideContext.forwarded()) {
                    if (out.record().value().isDuplicate()) dups++;
                }
                decideContext.resetForwards();
                phases[2] += cpu.getCurrentThreadCpuTime() - c2;
            }
            if (!bodies.isEmpty()) chunks.add((cpu.getCurrentThreadCpuTime() - start) / 1e3 / bodies.size());
            return dups;
        }

        private static GatherMessage roundTrip(GatherMessage m) {
            return NearDupStores.GATHER.deserialize(null, NearDupStores.GATHER.serialize(null, m));
        }

        @Override
        public void close() {
            bandStore.close();
            expiryStore.close();
            pending.close();
            votes.close();
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
