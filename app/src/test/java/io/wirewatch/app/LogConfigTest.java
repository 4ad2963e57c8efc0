package io.wirewatch.app;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped log4j2.xml drops only the known harmless Kafka warnings, not their loggers' other warnings. */
class LogConfigTest {
    static final String SENDER = "org.apache.kafka.clients.producer.internals.Sender";
    static final String STATE_DIRECTORY = "org.apache.kafka.streams.processor.internals.StateDirectory";
    static XmlConfiguration config;

    @BeforeAll
    static void loadShippedConfig() throws Exception {
        Path file = Path.of("src", "main", "resources", "log4j2.xml");
        try (InputStream in = Files.newInputStream(file)) {
            config = new XmlConfiguration(new LoggerContext("log-config-test"), new ConfigurationSource(in, file.toFile()));
            config.initialize();
        }
    }

    private static Filter.Result decision(String logger, String message) {
        LoggerConfig lc = config.getLoggerConfig(logger);
        assertThat(lc.getName()).as("a logger of its own").isEqualTo(logger);
        assertThat(lc.getLevel()).isEqualTo(Level.WARN);
        return lc.getFilter().filter(Log4jLogEvent.newBuilder().setLoggerName(logger).setLevel(Level.WARN)
                .setMessage(new SimpleMessage(message)).build());
    }

    @Test
    void producerRetriesOfTransactionRacesAreDropped() {
        String prefix = "[Producer clientId=wirewatch-StreamThread-1-producer, transactionalId=wirewatch-1] ";
        assertThat(decision(SENDER, prefix + "Got error produce response with correlation id 41 on topic-partition"
                + " wirewatch.alerts-0, retrying (2147483646 attempts left). Error: CONCURRENT_TRANSACTIONS"))
                .isEqualTo(Filter.Result.DENY);
        assertThat(decision(SENDER, prefix + "Got error produce response with correlation id 7 on topic-partition"
                + " wirewatch.articles-2, retrying (2147483646 attempts left). Error: OUT_OF_ORDER_SEQUENCE_NUMBER"))
                .isEqualTo(Filter.Result.DENY);
    }

    @Test
    void otherProducerErrorsStillShow() {
        assertThat(decision(SENDER, "Got error produce response with correlation id 9 on topic-partition t-0,"
                + " retrying (3 attempts left). Error: NOT_ENOUGH_REPLICAS")).isNotEqualTo(Filter.Result.DENY);
    }

    @Test
    void theOsTempDirStateWarningIsDroppedButOtherStateDirWarningsShow() {
        assertThat(decision(STATE_DIRECTORY, "Using an OS temp directory in the state.dir property can cause failures"
                + " with writing the checkpoint file due to the fact that this directory can be cleared by the OS."
                + " Resolved state.dir: [/tmp/wirewatch-replay-1/streams]")).isEqualTo(Filter.Result.DENY);
        assertThat(decision(STATE_DIRECTORY, "Error encountered deleting lock file in /x")).isNotEqualTo(Filter.Result.DENY);
    }

    @Test
    void theBrokersErrorForARetriedFirstSequenceIsDroppedButOtherAppendErrorsShow() throws Exception {
        Path file = Path.of("src", "main", "resources", "log4j2.xml");
        LoggerContext ctx = new LoggerContext("broker-filter-test");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.start(new XmlConfiguration(ctx, new ConfigurationSource(in, file.toFile())));
        }
        try {
            List<String> shown = new ArrayList<>();
            AbstractAppender capture = new AbstractAppender("capture", null, null, true, null) {
                @Override
                public void append(LogEvent event) {
                    shown.add(event.getThrown() == null ? "-" : event.getThrown().getMessage());
                }
            };
            capture.start();
            ctx.getConfiguration().getRootLogger().addAppender(capture, null, null);
            ctx.updateLoggers();
            assertThat(RetriedSequenceLogFilter.install(ctx)).isTrue();

            var broker = ctx.getLogger(RetriedSequenceLogFilter.BROKER_LOGGER);
            String prefix = "[ReplicaManager broker=1] Error processing append operation on partition ";
            // the message Kafka 4.3's broker gives (ProducerAppendInfo), seen in replays of the blind sets
            broker.error(prefix + "wirewatch-exact-by-article-id-repartition-0", new OutOfOrderSequenceException(
                    "Invalid sequence number for producer 1 at offset 3 in partition wirewatch-exact-by-article-id-"
                            + "repartition-0: 1 (incoming seq. number). Expected sequence 0 for transactions v2 "
                            + "idempotent producer with no existing state."));
            broker.error(prefix + "wirewatch.alerts-0", new OutOfOrderSequenceException(
                    "Out of order sequence number for producer 4 at offset 90 in partition wirewatch.alerts-0: 51 "
                            + "(incoming seq. number), 49 (current end sequence number)"));
            broker.error(prefix + "wirewatch.articles-1", new RecordTooLargeException("batch too large"));
            broker.error("no exception at all");
            assertThat(shown).containsExactly(
                    "Out of order sequence number for producer 4 at offset 90 in partition wirewatch.alerts-0: 51 "
                            + "(incoming seq. number), 49 (current end sequence number)",
                    "batch too large", "-");
        } finally {
            ctx.stop();
        }
    }

    @Test
    void aConfigurationWithoutTheBrokersLoggerIsLeftAlone() {
        LoggerContext ctx = new LoggerContext("no-broker-logger");
        ctx.start(new DefaultConfiguration());
        try {
            assertThat(RetriedSequenceLogFilter.install(ctx)).isFalse();
            assertThat(ctx.getConfiguration().getRootLogger().getFilter()).isNull();
        } finally {
            ctx.stop();
        }
    }
}
