package io.wirewatch.ingest;

import io.wirewatch.common.CommonConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.util.Map;

/** Settings of local-file ingest (on top of {@link CommonConfig}). */
public class IngestConfig extends CommonConfig {
    public static final String MAX_FILE_BYTES = "ingest.max.file.bytes";
    public static final String WATCH_DIR = "ingest.watch.dir";
    public static final String WATCH_INTERVAL_MS = "ingest.watch.interval.ms";

    public static final ConfigDef CONFIG = CommonConfig.define(new ConfigDef())
            // as large as a fetched page may be (ingest.max.body.bytes): saved news pages carry megabytes of scripts
            // and inline data around a few kilobytes of article (3 of the 181 real benchmark pages are 1.1-1.5 MB)
            .define(MAX_FILE_BYTES, Type.INT, 10 * 1024 * 1024, Range.between(1, Integer.MAX_VALUE), Importance.MEDIUM,
                    "Largest file (after gunzip) ingest reads, or for JSON lines the largest line; bigger ones become"
                            + " dead letters. Default 10 MiB, as for a fetched page.")
            .define(WATCH_DIR, Type.STRING, "seeds", Importance.MEDIUM,
                    "Folder `run` watches for new article files (.txt, .html, .html.gz, .jsonl, .jsonl.gz).")
            .define(WATCH_INTERVAL_MS, Type.LONG, 2000L, Range.atLeast(100), Importance.LOW,
                    "How often `run` looks for new files in the watched folder (ms).");

    public IngestConfig(Map<?, ?> props) {
        super(CONFIG, props);
    }

    public int maxFileBytes() {
        return getInt(MAX_FILE_BYTES);
    }
}
