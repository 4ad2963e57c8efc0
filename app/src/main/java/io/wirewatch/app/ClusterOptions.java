package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Options every command takes: where the cluster is, the data dir, a config file and single settings. */
public class ClusterOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
            description = "Kafka cluster to use (env WIREWATCH_BOOTSTRAP_SERVERS). Default: an embedded broker under --data-dir.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded broker log, Streams state and local files (env WIREWATCH_DATA_DIR).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file of settings (see README: Configuration). Environment WIREWATCH_* and flags override it.")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Set any setting for this run (repeatable; `wirewatch settings` lists them), e.g. --set story.join.threshold=0.3.",
                    "Precedence: flags (--set, and a dedicated flag such as --data-dir over --set of the same key)",
                    "> WIREWATCH_* environment variables > --config file > built-in default."})
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of topics created at start-up (topic.partitions).")
    Integer partitions;

    /**
     * Settings from file, environment and these flags; {@code defaultDataDir} when none was given.
     * Every value is validated here, before any broker starts (see {@link SettingsValidator}).
     */
    public Settings settings(Path defaultDataDir) {
        return settings(defaultDataDir, System.getenv());
    }

    Settings settings(Path defaultDataDir, Map<String, String> env) {
        Settings s = load(env);
        sets.forEach((k, v) -> s.with(k.trim(), v.trim(), "--set " + k.trim()));
        s.with(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers, "--bootstrap-servers");
        s.with(CommonConfig.DATA_DIR, dataDir, "--data-dir");
        s.with(CommonConfig.TOPIC_PARTITIONS, partitions, "--partitions");
        if (defaultDataDir != null) s.withDefault(CommonConfig.DATA_DIR, defaultDataDir);
        SettingsValidator.check(s, System.err);
        return s;
    }

    private Settings load(Map<String, String> env) {
        try {
            return Settings.load(configFile, env);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidSettingsException(unreadable.getMessage());
        }
    }

    public boolean dataDirGiven(Settings s) {
        return dataDir != null || s.get(CommonConfig.DATA_DIR) != null;
    }
}
