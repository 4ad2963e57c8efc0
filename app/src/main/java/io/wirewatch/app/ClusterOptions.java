package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes: where the cluster is, the data dir, and a config file. */
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

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of topics created at start-up (topic.partitions).")
    Integer partitions;

    /**
     * Settings from file, environment and these flags; {@code defaultDataDir} when none was given.
     * Every value is validated here, before any broker starts (see {@link SettingsValidator}).
     */
    public Settings settings(Path defaultDataDir) {
        Settings s;
        try {
            s = Settings.load(configFile);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidSettingsException(unreadable.getMessage());
        }
        s.with(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers, "--bootstrap-servers");
        s.with(CommonConfig.DATA_DIR, dataDir, "--data-dir");
        s.with(CommonConfig.TOPIC_PARTITIONS, partitions, "--partitions");
        if (defaultDataDir != null) s.withDefault(CommonConfig.DATA_DIR, defaultDataDir);
        SettingsValidator.check(s, System.err);
        return s;
    }

    public boolean dataDirGiven(Settings s) {
        return dataDir != null || s.get(CommonConfig.DATA_DIR) != null;
    }
}
