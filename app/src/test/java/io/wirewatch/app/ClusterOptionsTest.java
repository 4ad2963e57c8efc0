package io.wirewatch.app;

import io.wirewatch.common.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterOptionsTest {
    static final String KEY = "story.join.threshold";
    static final Map<String, String> ENV = Map.of("WIREWATCH_STORY_JOIN_THRESHOLD", "0.2");

    @TempDir
    Path tmp;

    /** A command with the shared options, parsed as picocli parses every command's. */
    @CommandLine.Command(name = "probe")
    static final class Probe {
        @CommandLine.Mixin
        ClusterOptions cluster;
    }

    private ClusterOptions parse(String... args) {
        Probe p = new Probe();
        new CommandLine(p).parseArgs(args);
        return p.cluster;
    }

    private Path configFile() throws Exception {
        return Files.writeString(tmp.resolve("w.properties"), KEY + "=0.1\n");
    }

    @Test
    void setFlagWinsOverEnvironmentAndConfigFile() throws Exception {
        Settings s = parse("--config", configFile().toString(), "--set", KEY + "=0.3").settings(null, ENV);

        assertThat(s.get(KEY)).isEqualTo("0.3");
        assertThat(s.origin(KEY)).isEqualTo("--set " + KEY);
    }

    @Test
    void environmentWinsOverConfigFile() throws Exception {
        Settings s = parse("--config", configFile().toString()).settings(null, ENV);

        assertThat(s.get(KEY)).isEqualTo("0.2");
        assertThat(s.origin(KEY)).isEqualTo("environment variable WIREWATCH_STORY_JOIN_THRESHOLD");
    }

    @Test
    void configFileWinsOverTheBuiltInDefault() throws Exception {
        Path file = configFile();
        Settings s = parse("--config", file.toString()).settings(null, Map.of());

        assertThat(s.get(KEY)).isEqualTo("0.1");
        assertThat(s.origin(KEY)).isEqualTo("--config file " + file);
        assertThat(parse().settings(null, Map.of()).get(KEY)).as("unset: the stage's default applies").isNull();
    }

    @Test
    void setIsRepeatableAndADedicatedFlagWinsOverSetOfTheSameKey() {
        Settings s = parse("--set", "topic.partitions=5", "--set", "data.dir=from-set", "--data-dir", "from-flag")
                .settings(null, Map.of());

        assertThat(s.get("topic.partitions")).isEqualTo("5");
        assertThat(s.get("data.dir")).isEqualTo("from-flag");
    }

    @Test
    void setOfAnUnknownKeyIsAnErrorThatSuggestsTheClosestKey() {
        ClusterOptions o = parse("--set", "story.join.treshold=0.3");

        assertThatThrownBy(() -> o.settings(null, Map.of())).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("unknown setting story.join.treshold (from --set story.join.treshold)")
                .hasMessageContaining("did you mean story.join.threshold?");
    }

    @Test
    void setOfAnInvalidValueNamesTheFlag() {
        ClusterOptions o = parse("--set", KEY + "=2");

        assertThatThrownBy(() -> o.settings(null, Map.of())).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("invalid value '2' for " + KEY + " (from --set " + KEY + ")");
    }

    @Test
    void everyCommandThatTakesConfigAlsoTakesSet() {
        List<String> withConfig = new ArrayList<>();
        new CommandLine(new Main()).getSubcommands().forEach((name, cmd) -> {
            if (cmd.getCommandSpec().findOption("--config") != null) {
                withConfig.add(name);
                assertThat(cmd.getCommandSpec().findOption("--set")).as(name + " --set").isNotNull();
            }
        });
        assertThat(withConfig).contains("run", "replay", "ingest", "stream", "sink", "tail");
    }
}
