package io.wirewatch.stream.dedup;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

import java.util.Map;

/**
 * Settings of near-duplicate detection, read from {@code StageContext.settings()}. Unknown keys of
 * other components are ignored.
 */
public final class NearDupConfig extends AbstractConfig {
    public static final String THRESHOLD = "neardup.threshold";
    public static final String SHINGLE_SIZE = "neardup.shingle.size";
    public static final String SIGNATURE_SIZE = "neardup.signature.size";
    public static final String BANDS = "neardup.bands";
    public static final String ROWS = "neardup.rows";
    public static final String MIN_SHINGLES = "neardup.min.shingles";
    public static final String MAX_BAND_MEMBERS = "neardup.band.max.members";
    public static final String RETENTION_MS = "neardup.retention.ms";
    public static final String PENDING_TIMEOUT_MS = "neardup.pending.timeout.ms";
    public static final String DECISION_GRACE_MS = "neardup.decision.grace.ms";

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(THRESHOLD, Type.DOUBLE, 0.6, Range.between(0.3, 1.0), Importance.HIGH,
                    "An article is a near-duplicate when at least this share of its distinct word shingles already"
                            + " occurs in one earlier article (containment of the new article in the old one,"
                            + " estimated from MinHash sketches).")
            .define(SHINGLE_SIZE, Type.INT, 5, Range.between(2, 12), Importance.MEDIUM,
                    "Words per shingle.")
            .define(SIGNATURE_SIZE, Type.INT, 128, Range.between(16, 1024), Importance.LOW,
                    "MinHash values per article; one byte of each is kept as the similarity sketch.")
            .define(BANDS, Type.INT, 10, Range.between(1, 256), Importance.MEDIUM,
                    "LSH bands: one repartitioned probe per band and article. bands x rows <= signature size.")
            .define(ROWS, Type.INT, 2, Range.between(1, 16), Importance.MEDIUM,
                    "MinHash values per LSH band. Fewer rows find more distant copies and more candidates.")
            .define(MIN_SHINGLES, Type.INT, 10, Range.atLeast(1), Importance.LOW,
                    "Articles with fewer distinct shingles skip near-dup detection (exact dedup still applies).")
            .define(MAX_BAND_MEMBERS, Type.INT, 8, Range.between(1, 1000), Importance.LOW,
                    "At most this many articles are remembered per band key, so a boilerplate-heavy key stays small.")
            .define(RETENTION_MS, Type.LONG, 7L * 24 * 3600 * 1000, Range.atLeast(60_000), Importance.MEDIUM,
                    "How long (stream time) an article stays in the near-duplicate index. Default 7 days.")
            .define(PENDING_TIMEOUT_MS, Type.LONG, 10L * 60 * 1000, Range.atLeast(1_000), Importance.LOW,
                    "An article whose band answers are still missing after this long (stream time) is accepted"
                            + " rather than lost.")
            .define(DECISION_GRACE_MS, Type.LONG, 1_000L, Range.atLeast(0), Importance.LOW,
                    "Wall-clock time a complete decision waits for corrections, so a copy that raced ahead of its"
                            + " original through the pipeline is still caught. 0 decides at once (lower latency).");

    public NearDupConfig(Map<?, ?> props) {
        super(CONFIG, props, false);
        if ((long) bands() * rows() > signatureSize()) {
            throw new ConfigException(BANDS + " x " + ROWS + " = " + (bands() * rows())
                    + " exceeds " + SIGNATURE_SIZE + " = " + signatureSize());
        }
    }

    public double threshold() {
        return getDouble(THRESHOLD);
    }

    public int shingleSize() {
        return getInt(SHINGLE_SIZE);
    }

    public int signatureSize() {
        return getInt(SIGNATURE_SIZE);
    }

    public int bands() {
        return getInt(BANDS);
    }

    public int rows() {
        return getInt(ROWS);
    }

    public int minShingles() {
        return getInt(MIN_SHINGLES);
    }

    public int maxBandMembers() {
        return getInt(MAX_BAND_MEMBERS);
    }

    public long retentionMs() {
        return getLong(RETENTION_MS);
    }

    public long pendingTimeoutMs() {
        return getLong(PENDING_TIMEOUT_MS);
    }

    public long decisionGraceMs() {
        return getLong(DECISION_GRACE_MS);
    }

    /** The signer these settings describe. */
    public MinHasher minHasher() {
        return new MinHasher(shingleSize(), signatureSize(), bands(), rows());
    }
}
