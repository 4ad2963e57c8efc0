package io.wirewatch.app;

import io.wirewatch.common.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsValidatorTest {
    @TempDir
    Path tmp;

    @Test
    void anOutOfRangeValueFromTheEnvironmentNamesTheVariable() {
        Settings s = Settings.load(null, Map.of("WIREWATCH_STORY_JOIN_THRESHOLD", "2"));

        assertThat(SettingsValidator.errors(s, SettingsCommand.allKeys())).singleElement().asString()
                .contains("'2'", "story.join.threshold", "environment variable WIREWATCH_STORY_JOIN_THRESHOLD",
                        "no more than 1");
    }

    @Test
    void aValueOfTheWrongTypeFromTheConfigFileNamesTheFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("w.properties"), "story.join.threshold=abc\n");
        Settings s = Settings.load(file, Map.of());

        assertThat(SettingsValidator.errors(s, SettingsCommand.allKeys())).singleElement().asString()
                .contains("'abc'", "story.join.threshold", "--config file " + file);
    }

    @Test
    void aCheckAcrossKeysNamesTheKeysInvolvedAndTheirOrigins() {
        // Near-dup bands x rows must not exceed the signature size (128 by default): each key alone is in range.
        Settings s = Settings.load(null, Map.of("WIREWATCH_NEARDUP_BANDS", "100"));

        assertThat(SettingsValidator.errors(s, SettingsCommand.allKeys())).singleElement().asString()
                .contains("neardup.bands from environment variable WIREWATCH_NEARDUP_BANDS");
    }

    @Test
    void validSettingsFromEveryOriginPass() {
        Settings s = Settings.load(null, Map.of("WIREWATCH_STORY_JOIN_THRESHOLD", "0.3", "WIREWATCH_TOPIC_PARTITIONS", "3"))
                .with("data.dir", "x", "--data-dir");

        assertThat(SettingsValidator.errors(s, SettingsCommand.allKeys())).isEmpty();
        assertThat(SettingsValidator.warnings(s, SettingsCommand.allKeys())).isEmpty();
    }

    @Test
    void aMisspeltKeyInTheConfigFileIsOnlyAWarningThatSuggestsTheClosestKey() throws Exception {
        Path file = Files.writeString(tmp.resolve("w.properties"), "story.join.treshold=0.3\n");
        Settings s = Settings.load(file, Map.of());

        assertThat(SettingsValidator.errors(s, SettingsCommand.allKeys())).isEmpty();
        assertThat(SettingsValidator.warnings(s, SettingsCommand.allKeys())).singleElement().asString()
                .contains("story.join.treshold", "--config file " + file, "did you mean story.join.threshold?");
    }

    @Test
    void environmentVariablesOfOtherToolsAreNotWarnedAbout() {
        // WIREWATCH_LOG_LEVEL is read by log4j2.xml and WIREWATCH_JAVA_OPTS by the launcher, not by a config class.
        Settings s = Settings.load(null, Map.of("WIREWATCH_LOG_LEVEL", "DEBUG", "WIREWATCH_JAVA_OPTS", "-Xmx2g"));

        assertThat(SettingsValidator.warnings(s, SettingsCommand.allKeys())).isEmpty();
        assertThat(SettingsValidator.errors(s, SettingsCommand.allKeys())).isEmpty();
    }

    @Test
    void anInvalidValueStopsTheCommandWithExitCode2BeforeAnyBrokerStarts() throws Exception {
        Path file = Files.writeString(tmp.resolve("w.properties"), "topic.partitions=0\n");
        Path data = tmp.resolve("data");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int rc;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rc = Main.execute("subscriptions", "--config", file.toString(), "--data-dir", data.toString());
        } finally {
            System.setErr(saved);
        }

        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("wirewatch subscriptions: invalid value '0' for topic.partitions",
                "--config file " + file);
        assertThat(data.resolve("kafka")).doesNotExist();
    }
}
