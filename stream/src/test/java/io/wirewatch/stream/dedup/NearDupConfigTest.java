package io.wirewatch.stream.dedup;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDupConfigTest {
    @Test
    void readsTypedSettingsAndIgnoresOtherComponentsKeys() {
        NearDupConfig c = new NearDupConfig(Map.of(NearDupConfig.THRESHOLD, "0.75", NearDupConfig.BANDS, "16",
                "ingest.poll.ms", "5"));
        assertThat(c.threshold()).isEqualTo(0.75);
        assertThat(c.bands()).isEqualTo(16);
        assertThat(c.shingleSize()).isEqualTo(5);
    }

    @Test
    void rejectsMoreBandRowsThanSignatureValues() {
        assertThatThrownBy(() -> new NearDupConfig(Map.of(NearDupConfig.BANDS, "64", NearDupConfig.ROWS, "4")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(NearDupConfig.SIGNATURE_SIZE);
    }

    @Test
    void rejectsThresholdOutOfRange() {
        assertThatThrownBy(() -> new NearDupConfig(Map.of(NearDupConfig.THRESHOLD, "1.5")))
                .isInstanceOf(ConfigException.class);
    }
}
