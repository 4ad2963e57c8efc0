package io.wirewatch.app;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README is the front door: every setting and every command must be in it. */
class ReadmeTest {
    static final String README = read();

    static String read() {
        try {
            return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void documentsEverySetting() {
        assertThat(SettingsCommand.allKeys().keySet()).allSatisfy(key ->
                assertThat(README).as("README documents %s", key).contains("`" + key + "`"));
    }

    @Test
    void documentsEveryCommand() {
        new picocli.CommandLine(new Main()).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"))
                .forEach(name -> assertThat(README).as("README documents command %s", name).contains("wirewatch " + name));
    }
}
