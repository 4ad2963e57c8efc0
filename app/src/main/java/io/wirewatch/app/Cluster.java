package io.wirewatch.app;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka cluster a command talks to: the one named by bootstrap.servers, or the embedded broker
 * of the data dir. When another Wirewatch process already runs the embedded broker of that data
 * dir (say {@code run} in one terminal, {@code tail} in another), this connects to it instead of
 * starting a second one.
 */
public final class Cluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);

    private final String bootstrap;
    private final EmbeddedKafka embedded;

    private Cluster(String bootstrap, EmbeddedKafka embedded) {
        this.bootstrap = bootstrap;
        this.embedded = embedded;
    }

    public static Cluster open(CommonConfig config) {
        if (!config.bootstrapServers().isBlank()) {
            return new Cluster(config.bootstrapServers(), null);
        }
        Path dir = config.dataDir();
        String running = runningEmbedded(dir);
        if (running != null) {
            log.info("Using the embedded broker another Wirewatch process runs for {} at {}", dir, running);
            return new Cluster(running, null);
        }
        System.err.println("Starting the embedded Kafka broker in " + dir.toAbsolutePath() + " …");
        EmbeddedKafka kafka = EmbeddedKafka.start(dir);
        return new Cluster(kafka.bootstrapServers(), kafka);
    }

    /** The address of a live embedded broker for this data dir, or null. */
    static String runningEmbedded(Path dir) {
        Path state = dir.toAbsolutePath().resolve("kafka").resolve("embedded.properties");
        Path lock = dir.toAbsolutePath().resolve("kafka").resolve("log").resolve(".lock");
        if (!Files.exists(state) || !Files.exists(lock)) return null;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (Exception e) {
            return null;
        }
        String bootstrap = "127.0.0.1:" + p.getProperty("broker.port");
        // Only a broker that holds the log lock is "running"; probe it briefly.
        try (var ch = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
            var l = ch.tryLock();
            if (l != null) {
                l.release();
                return null;
            }
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            return null;
        } catch (Exception e) {
            return null;
        }
        Properties ap = TopicAdmin.adminProps(bootstrap);
        ap.put("request.timeout.ms", 3000);
        ap.put("default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(ap)) {
            String id = admin.describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return id.equals(p.getProperty("cluster.id")) ? bootstrap : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Creates the core topics (and any extra) when missing. */
    public Cluster ensureTopics(CommonConfig config) {
        TopicAdmin.ensure(bootstrap, config, Topics.CORE);
        return this;
    }

    public String bootstrap() {
        return bootstrap;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) embedded.close();
    }
}
