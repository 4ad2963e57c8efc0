package io.wirewatch.stream;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;

import java.util.Map;

/**
 * RocksDB settings of every persistent store of the topology, registered as Kafka Streams'
 * {@code rocksdb.config.setter} by {@link StreamApp#streamsProperties}. Two changes from Kafka
 * Streams' defaults, both for stores that are mostly asked about keys they do not hold (the
 * near-duplicate band store: ten band keys per article, nearly all new; the exact-dedup fingerprint
 * and URL stores likewise):
 * <ul>
 *   <li><b>Bloom filters on every level.</b> Kafka Streams sets {@code optimize_filters_for_hits},
 *       which drops the filter of the last level, where universal compaction puts nearly all the
 *       data of a long-running store. Every miss then reads an index and a data block, and once the
 *       store outgrows the block cache that is a read from disk (or the page cache) per lookup: the
 *       near-duplicate cost per article grew with history. With the filter a miss costs a few
 *       in-memory probes, whatever the history size; the price is about 10 bits per key of memory
 *       (12 MB for 10M band keys).</li>
 *   <li><b>One block cache shared by all stores</b> of this JVM, of
 *       {@value StreamConfig#ROCKSDB_BLOCK_CACHE_BYTES} bytes (default 64 MiB), instead of 50 MB per
 *       store and partition: memory stays bounded however many partitions an instance owns, and the
 *       busiest store gets most of it. Index and filter blocks stay outside the cache (RocksDB's
 *       default), so lookups never wait on them being evicted.</li>
 * </ul>
 * The shared cache is created by the first store that opens and sized from that store's
 * configuration; it lives as long as the JVM (stores come and go with rebalances), so it is never
 * closed here.
 */
public final class RocksDbTuning implements RocksDBConfigSetter {
    /** Used when the setting is missing from the Streams configuration (e.g. a test driver). */
    public static final long DEFAULT_BLOCK_CACHE_BYTES = 64L * 1024 * 1024;

    private static volatile Cache shared;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(configs));
        options.setTableFormatConfig(table);
        options.setOptimizeFiltersForHits(false);
    }

    private static Cache sharedCache(Map<String, Object> configs) {
        Cache c = shared;
        if (c != null) return c;
        synchronized (RocksDbTuning.class) {
            if (shared == null) {
                // -1: one shard per 512 KiB, as RocksDB chooses; no strict limit, so a burst never fails a read.
                shared = new LRUCache(blockCacheBytes(configs), -1, false);
            }
            return shared;
        }
    }

    static long blockCacheBytes(Map<String, Object> configs) {
        Object v = configs == null ? null : configs.get(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES);
        if (v == null) return DEFAULT_BLOCK_CACHE_BYTES;
        long bytes = v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().trim());
        return Math.max(1024 * 1024, bytes);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache is shared by every store of the JVM: not ours to close when one store closes.
    }
}
