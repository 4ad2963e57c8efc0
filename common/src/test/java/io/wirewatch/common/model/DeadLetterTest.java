package io.wirewatch.common.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTest {
    @Test
    void keepsUtf8PayloadAsText() {
        DeadLetter d = DeadLetter.of("a.txt", "ingest", "why", Instant.EPOCH, "Café".getBytes(StandardCharsets.UTF_8));
        assertThat(d.payloadEncoding()).isEqualTo("utf-8");
        assertThat(d.payload()).isEqualTo("Café");
    }

    @Test
    void keepsBinaryPayloadAsBase64SoNothingIsLost() {
        byte[] bytes = {(byte) 0xFF, 0, 1, (byte) 0xC3};
        DeadLetter d = DeadLetter.of("b.bin", "ingest", "why", Instant.EPOCH, bytes);
        assertThat(d.payloadEncoding()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(d.payload())).isEqualTo(bytes);
    }

    @Test
    void truncatesHugePayloadAndSaysSo() {
        byte[] big = new byte[DeadLetter.MAX_PAYLOAD_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        DeadLetter d = DeadLetter.of("big.txt", "ingest", "too large", Instant.EPOCH, big);
        assertThat(d.payload()).hasSize(DeadLetter.MAX_PAYLOAD_BYTES);
        assertThat(d.reason()).contains("truncated");
    }
}
