package io.wirewatch.common;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.nio.file.Path;
import java.util.Map;

/** Settings every component shares: where the cluster is and how topics are created. */
public class CommonConfig extends AbstractConfig {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String DATA_DIR = "data.dir";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION = "topic.replication.factor";
    public static final String TOPIC_RETENTION_MS = "topic.retention.ms";
    public static final String APPLICATION_ID = "application.id";

    public static final ConfigDef CONFIG = define(new ConfigDef());

    public static ConfigDef define(ConfigDef def) {
        return def
                .define(BOOTSTRAP_SERVERS, Type.STRING, "", Importance.HIGH,
                        "Kafka bootstrap servers (host:port,...). Empty: start the embedded single-node broker under data.dir.")
                .define(DATA_DIR, Type.STRING, "wirewatch-data", Importance.HIGH,
                        "Directory for the embedded broker's log, Streams state and local sink files.")
                .define(TOPIC_PARTITIONS, Type.INT, 3, Range.between(1, 10_000), Importance.MEDIUM,
                        "Partitions of each Wirewatch topic created at start-up (existing topics are left as they are).")
                .define(TOPIC_REPLICATION, Type.SHORT, (short) 1, Range.between(1, 32), Importance.MEDIUM,
                        "Replication factor of each Wirewatch topic created at start-up (1 for the embedded broker; 3 in production).")
                .define(TOPIC_RETENTION_MS, Type.LONG, 30L * 24 * 3600 * 1000, Range.atLeast(-1), Importance.LOW,
                        "Retention of the non-compacted Wirewatch topics (-1: forever). Default 30 days.")
                .define(APPLICATION_ID, Type.STRING, "wirewatch", Importance.MEDIUM,
                        "Kafka Streams application.id, also the prefix of consumer group ids and internal topics.");
    }

    public CommonConfig(Map<?, ?> props) {
        super(CONFIG, props, false);
    }

    protected CommonConfig(ConfigDef def, Map<?, ?> props) {
        super(def, props, false);
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    public Path dataDir() {
        return Path.of(getString(DATA_DIR));
    }

    public int partitions() {
        return getInt(TOPIC_PARTITIONS);
    }

    public short replication() {
        return getShort(TOPIC_REPLICATION);
    }

    public long retentionMs() {
        return getLong(TOPIC_RETENTION_MS);
    }

    public String applicationId() {
        return getString(APPLICATION_ID);
    }
}
