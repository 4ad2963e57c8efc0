package io.wirewatch.common.subscription;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.TopicAdmin;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates, lists and deletes subscriptions. Writes {@code wirewatch.subscriptions} (compacted, keyed by
 * id; delete = tombstone) and creates each subscription's alert topic {@code wirewatch.alerts.<id>}
 * <em>before</em> publishing the subscription, so the topology never routes an alert to a topic that
 * does not exist. Deleting keeps the alert topic (and what is on it) for readers still tailing it.
 */
public final class SubscriptionAdmin {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionAdmin.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String bootstrap;
    private final CommonConfig config;

    public SubscriptionAdmin(String bootstrap, CommonConfig config) {
        this.bootstrap = bootstrap;
        this.config = config;
    }

    /** A fresh random webhook secret (256 bits, hex), for a subscription created without one. */
    public static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Creates the subscriptions topic and the delivery dead-letter topic when missing. */
    public void ensureTopics() {
        TopicAdmin.ensure(bootstrap, config, List.of(Topics.SUBSCRIPTIONS, Topics.DELIVERY_DEAD_LETTER));
    }

    /**
     * Creates or replaces a subscription: creates its alert topic, then publishes it. A changed query
     * applies to the next alert the topology sees; no restart is needed.
     */
    public Subscription put(Subscription s) {
        ensureTopics();
        TopicAdmin.ensureTopics(bootstrap, List.of(TopicAdmin.newTopic(Topics.alertsFor(s.id()), false, config)));
        send(s.id(), WirewatchSerdes.SUBSCRIPTION.serialize(Topics.SUBSCRIPTIONS.name(), s));
        log.info("Subscription '{}' published; alerts go to {}", s.id(), Topics.alertsFor(s.id()));
        return s;
    }

    /** Deletes a subscription with a tombstone; false when there was none with that id. */
    public boolean delete(String id) {
        Subscription.checkId(id);
        if (get(id).isEmpty()) return false;
        send(id, null);
        log.info("Subscription '{}' deleted; {} is kept", id, Topics.alertsFor(id));
        return true;
    }

    /** The live subscriptions, by id, read from the compacted topic up to its current end. */
    public List<Subscription> list() {
        ensureTopics();
        try (SubscriptionTable table = new SubscriptionTable(bootstrap)) {
            return table.catchUp(TIMEOUT).all();
        }
    }

    public Optional<Subscription> get(String id) {
        return list().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void send(String key, byte[] value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-subscription-admin");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.SUBSCRIPTIONS.name(), key, value))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + Topics.SUBSCRIPTIONS.name() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not acknowledge the subscription within "
                    + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the subscription", e);
        }
    }
}
