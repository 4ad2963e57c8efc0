package io.wirewatch.ingest.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    @Test
    void readsLatin1AsCafeNotMojibake() throws Exception {
        byte[] latin1 = "Café crème à Paris".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded d = TextDecoder.decode(latin1);
        assertThat(d.text()).isEqualTo("Café crème à Paris").doesNotContain("\uFFFD", "Ã");
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void readsWindows1252SmartQuotes() throws Exception {
        byte[] cp1252 = {(byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0x80, '5'};
        assertThat(TextDecoder.decode(cp1252).text()).isEqualTo("“hi” €5");
    }

    @Test
    void prefersUtf8WhenValid() throws Exception {
        assertThat(TextDecoder.decode("Café".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Café");
    }

    @Test
    void honoursByteOrderMarks() throws Exception {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
        assertThat(TextDecoder.decode(utf8Bom).text()).isEqualTo("Café");
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'C', 0, 'a', 0, 'f', 0, (byte) 0xE9, 0};
        assertThat(TextDecoder.decode(utf16le).text()).isEqualTo("Café");
    }

    @Test
    void refusesRandomBytesWithAReason() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThatThrownBy(() -> TextDecoder.decode(noise))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessageContaining("not text");
    }

    @Test
    void refusesControlCharacterSoupEvenWithoutNulBytes() {
        byte[] bytes = new byte[1000];
        Random r = new Random(7);
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (1 + r.nextInt(30));
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessageContaining("control");
    }
}
