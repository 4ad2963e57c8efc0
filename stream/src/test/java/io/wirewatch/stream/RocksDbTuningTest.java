package io.wirewatch.stream;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class RocksDbTuningTest {
    @Test
    void keepsBloomFiltersOnTheLastLevelThatKafkaStreamsDrops() {
        try (Options options = new Options()) {
            // As Kafka Streams hands the options over: its own table config, filters only for hits.
            options.setTableFormatConfig(new BlockBasedTableConfig());
            options.setOptimizeFiltersForHits(true);
            new RocksDbTuning().setConfig("neardup-band-store", options, Map.of());
            assertThat(options.optimizeFiltersForHits()).isFalse();
            assertThat(options.tableFormatConfig()).isInstanceOf(BlockBasedTableConfig.class);
        }
    }

    @Test
    void blockCacheSizeComesFromTheSettingWithAFloor() {
        assertThat(RocksDbTuning.blockCacheBytes(Map.of())).isEqualTo(RocksDbTuning.DEFAULT_BLOCK_CACHE_BYTES);
        assertThat(RocksDbTuning.blockCacheBytes(Map.of(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES, 256L << 20)))
                .isEqualTo(256L << 20);
        assertThat(RocksDbTuning.blockCacheBytes(Map.of(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES, "1000")))
                .isEqualTo(1024L * 1024);
    }

    @Test
    void streamAppRegistersTheSetterAndPassesTheCacheSize() {
        Properties p = StreamApp.streamsProperties("localhost:9092",
                new StreamConfig(Map.of(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES, String.valueOf(128L << 20))));
        assertThat(p.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(RocksDbTuning.class);
        assertThat(p.get(StreamConfig.ROCKSDB_BLOCK_CACHE_BYTES)).isEqualTo(128L << 20);
    }
}
