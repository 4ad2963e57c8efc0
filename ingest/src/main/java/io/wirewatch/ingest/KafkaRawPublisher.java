package io.wirewatch.ingest;

import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.DeadLetter;
import io.wirewatch.common.model.RawArticle;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes raw articles to {@code wirewatch.articles.raw} (key: raw article id) and ingest's dead
 * letters to {@code wirewatch.deadletter} (key: input name). Sends are asynchronous; {@link #flush()}
 * waits for all of them and fails loudly if any send failed, so a caller never believes a lost
 * record was published.
 */
public final class KafkaRawPublisher implements RawArticlePublisher, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaRawPublisher.class);

    private final KafkaProducer<String, RawArticle> articles;
    private final KafkaProducer<String, io.wirewatch.common.model.DeadLetter> deadLetters;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    public KafkaRawPublisher(String bootstrap) {
        this.articles = new KafkaProducer<>(KafkaClients.producer(bootstrap, "wirewatch-ingest"),
                new StringSerializer(), Topics.RAW.valueSerde().serializer());
        this.deadLetters = new KafkaProducer<>(KafkaClients.producer(bootstrap, "wirewatch-ingest-dlq"),
                new StringSerializer(), Topics.DEAD_LETTER.valueSerde().serializer());
    }

    @Override
    public void publish(RawArticle article) {
        articles.send(new ProducerRecord<>(Topics.RAW.name(), article.id(), article), (md, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
                log.error("Could not publish {} to {}: {}", article.input(), Topics.RAW.name(), e.getMessage());
            }
        });
        published.incrementAndGet();
    }

    @Override
    public void deadLetter(DeadLetter dl) {
        log.warn("Dead letter {}: {}", dl.input(), dl.reason());
        deadLetters.send(new ProducerRecord<>(Topics.DEAD_LETTER.name(), dl.input(), dl), (md, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
                log.error("Could not publish dead letter for {}: {}", dl.input(), e.getMessage());
            }
        });
        deadLettered.incrementAndGet();
    }

    /** Waits until every send so far is acknowledged; throws if any failed. */
    public void flush() {
        articles.flush();
        deadLetters.flush();
        Exception e = failure.get();
        if (e != null) throw new IllegalStateException("publishing to Kafka failed: " + e.getMessage(), e);
    }

    public long published() {
        return published.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            articles.close();
            deadLetters.close();
        }
    }
}
