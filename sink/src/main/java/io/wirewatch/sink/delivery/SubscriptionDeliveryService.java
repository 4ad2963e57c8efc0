package io.wirewatch.sink.delivery;

import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.common.subscription.SubscriptionTable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Delivers subscription alerts where their owners work. Consumes every {@code wirewatch.alerts.<id>} topic
 * (pattern subscription: topics of new subscriptions are picked up within {@code delivery.topic.refresh.ms}),
 * looks the subscription up in {@code wirewatch.subscriptions}, appends the alert to the subscription's
 * JSONL file and POSTs it to its webhook. What cannot be delivered goes to
 * {@code wirewatch.deadletter.delivery} with the reason. The offset of an alert is committed only after
 * it was delivered or dead-lettered, one alert at a time, so a restart re-sends nothing already
 * confirmed; the one alert in flight at a crash may be sent again, with the same Idempotency-Key, and the
 * JSONL file never takes it twice.
 *
 * <p>Run it on its own thread ({@link #run()}) and stop it with {@link #close()}, which waits for the
 * alert in hand to finish.
 */
public final class SubscriptionDeliveryService implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionDeliveryService.class);
    /** Every per-subscription alert topic, and not {@code wirewatch.alerts} itself. */
    public static final Pattern ALERT_TOPICS = Pattern.compile(Pattern.quote(Topics.ALERTS.name() + ".") + "[a-z0-9][a-z0-9._-]*");
    static final String STAGE = "delivery";

    private final DeliveryConfig config;
    private final String bootstrap;
    private final WebhookDelivery webhook;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running = true;

    public SubscriptionDeliveryService(DeliveryConfig config, String bootstrap) {
        this(config, bootstrap, new WebhookDelivery(config));
    }

    public SubscriptionDeliveryService(DeliveryConfig config, String bootstrap, WebhookDelivery webhook) {
        this.config = config;
        this.bootstrap = bootstrap;
        this.webhook = webhook;
    }

    /** Starts {@link #run()} on a daemon thread named wirewatch-delivery. */
    public Thread start() {
        Thread t = new Thread(this, "wirewatch-delivery");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void run() {
        try (SubscriptionTable subscriptions = new SubscriptionTable(bootstrap);
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps(), new StringDeserializer(),
                     new ByteArrayDeserializer());
             KafkaProducer<String, String> deadLetters = new KafkaProducer<>(producerProps(), new StringSerializer(),
                     new StringSerializer());
             JsonlDelivery files = new JsonlDelivery(config.jsonlDir())) {
            subscriptions.catchUp(Duration.ofSeconds(60));
            consumer.subscribe(ALERT_TOPICS);
            log.info("Delivering alerts of {} subscriptions from {} (group {})", subscriptions.all().size(),
                    ALERT_TOPICS.pattern(), config.groupId());
            while (running) {
                var records = consumer.poll(config.pollTimeout());
                if (records.isEmpty()) continue;
                subscriptions.refresh();
                for (ConsumerRecord<String, byte[]> r : records) {
                    handle(r, subscriptions, files, deadLetters);
                    consumer.commitSync(Map.of(new TopicPartition(r.topic(), r.partition()),
                            new OffsetAndMetadata(r.offset() + 1)));
                    if (!running) break;
                }
                if (!running) {
                    // Alerts fetched but not handled are not committed; the next run starts at them.
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("Delivery interrupted; the alert in hand was not committed and will be retried on restart");
        } catch (IOException e) {
            log.error("Delivery stopped: {}", e.getMessage(), e);
        } finally {
            stopped.countDown();
        }
    }

    private void handle(ConsumerRecord<String, byte[]> r, SubscriptionTable subscriptions, JsonlDelivery files,
                        KafkaProducer<String, String> deadLetters) throws InterruptedException {
        String where = r.topic() + "-" + r.partition() + "@" + r.offset();
        String id = r.topic().substring(Topics.ALERTS.name().length() + 1);
        Alert alert;
        try {
            alert = WirewatchSerdes.ALERT.read(r.value());
        } catch (IOException | RuntimeException e) {
            deadLetter(deadLetters, where, r.key(), "unreadable alert: " + e.getMessage(), r.value());
            return;
        }
        Optional<Subscription> sub = subscriptions.get(id);
        if (sub.isEmpty()) {
            // Its record may be newer than our last refresh: read the table to its current end once more.
            subscriptions.catchUp(Duration.ofSeconds(30));
            sub = subscriptions.get(id);
        }
        if (sub.isEmpty()) {
            log.info("Alert {} at {} is for subscription '{}', which no longer exists; not delivered", alert.alertId(), where, id);
            return;
        }
        Subscription s = sub.get();
        Alert tagged = alert.subscriptionId() == null ? alert.forSubscription(id) : alert;
        boolean ok = true;
        try {
            files.deliver(s, tagged);
        } catch (IOException e) {
            ok = false;
            deadLetter(deadLetters, where, alert.alertId(), "cannot append to " + files.pathFor(s) + ": " + e.getMessage(),
                    r.value());
        }
        if (s.webhookUrl() != null) {
            DeliveryOutcome outcome = webhook.deliver(s, tagged);
            if (!outcome.delivered()) {
                ok = false;
                deadLetter(deadLetters, where, alert.alertId(), outcome.reason(), r.value());
            }
        }
        if (ok) delivered.incrementAndGet();
    }

    private void deadLetter(KafkaProducer<String, String> producer, String where, String key, String reason, byte[] payload) {
        DeadLetter dl = DeadLetter.of(where, STAGE, reason, Instant.now(), payload);
        try {
            producer.send(new ProducerRecord<>(Topics.DELIVERY_DEAD_LETTER.name(), key == null ? where : key,
                    WirewatchSerdes.DEAD_LETTER.toJson(dl))).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Not committing is the only safe answer: the alert is retried rather than lost.
            throw new IllegalStateException("cannot write the dead letter for " + where + " to "
                    + Topics.DELIVERY_DEAD_LETTER.name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + where, e);
        }
        deadLettered.incrementAndGet();
        log.warn("Alert at {} dead-lettered to {}: {}", where, Topics.DELIVERY_DEAD_LETTER.name(), reason);
    }

    private Properties consumerProps() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"); // a new subscription's topic is read from its start
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // only alerts the topology committed
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) config.topicRefreshMs());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        long budget = config.worstCasePerAlert().toMillis() * config.maxPollRecords() + 60_000;
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, Math.max(300_000, budget)));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-delivery");
        return p;
    }

    private Properties producerProps() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-delivery-deadletter");
        return p;
    }

    /** Alerts delivered to every target so far (this run). */
    public long deliveredCount() {
        return delivered.get();
    }

    /** Dead letters written so far (this run). */
    public long deadLetteredCount() {
        return deadLettered.get();
    }

    /** Asks the loop to stop after the alert in hand and waits up to the timeout for it. */
    public boolean stop(Duration timeout) throws InterruptedException {
        running = false;
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            if (!stop(config.worstCasePerAlert().plusSeconds(30))) {
                log.warn("Delivery did not stop in time; the alert in hand will be re-sent on restart");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
