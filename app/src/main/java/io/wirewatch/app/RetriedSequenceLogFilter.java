package io.wirewatch.app;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.AbstractFilter;

/**
 * Drops the embedded broker's ERROR for one produce rejection that Kafka's transactional producer retries by
 * design, and keeps every other broker error.
 * <p>
 * Why: with transactions v2 (Kafka 4) a broker rejects a batch with sequence number above 0 from a producer it
 * holds no state for ("Expected sequence 0 for transactions v2 idempotent producer with no existing state"). That
 * happens when a Streams task first writes to a repartition topic Streams has just created: the first batch meets
 * a partition the broker has not opened yet and is retried, and the next batch overtakes it. The producer retries
 * the rejected batch once the first has landed, and nothing is lost (every replay's counts reconcile), but the
 * broker logs each rejection as an unexpected error with a stack trace: 3 of 8 replays of the blind story sets
 * printed 5 to 7 of them in the middle of their progress lines. The client-side twin of this message (the
 * producer's retry warning) is filtered in {@code log4j2.xml}.
 * <p>
 * Keeping one produce request in flight ({@code max.in.flight.requests.per.connection=1}) avoids the overtaking
 * (0 of 16 replays), but under the benchmark's load it fenced the stream stage's producers in 2 of 2 runs (0 of 1
 * with Kafka's default of 5): a fix worse than the noise. Log4j's own filters see only the message, and the
 * exception's text is what identifies this case, so this filter is added to the broker's logger at start-up
 * ({@link #install()}).
 */
final class RetriedSequenceLogFilter extends AbstractFilter {
    /** The broker's logger for produce (append) errors. */
    static final String BROKER_LOGGER = "kafka.server.ReplicaManager";
    static final String EXCEPTION = "org.apache.kafka.common.errors.OutOfOrderSequenceException";
    static final String RETRIED = "idempotent producer with no existing state";

    RetriedSequenceLogFilter() {
        super(Filter.Result.NEUTRAL, Filter.Result.NEUTRAL);
    }

    @Override
    public Result filter(LogEvent event) {
        for (Throwable t = event.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(EXCEPTION) && t.getMessage() != null && t.getMessage().contains(RETRIED)) {
                return Result.DENY;
            }
        }
        return Result.NEUTRAL;
    }

    /**
     * Adds the filter to the broker's logger of the running Log4j configuration, when that configuration has a
     * logger of that name (Wirewatch's own {@code log4j2.xml} has); another backend or a user's own configuration
     * is left alone. Returns whether it was added.
     */
    static boolean install() {
        return LogManager.getContext(false) instanceof LoggerContext ctx && install(ctx);
    }

    static boolean install(LoggerContext ctx) {
        LoggerConfig broker = ctx.getConfiguration().getLoggerConfig(BROKER_LOGGER);
        if (!broker.getName().equals(BROKER_LOGGER)) return false;
        broker.addFilter(new RetriedSequenceLogFilter());
        ctx.updateLoggers();
        return true;
    }
}
