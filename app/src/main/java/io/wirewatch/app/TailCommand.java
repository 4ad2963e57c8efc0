package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.KafkaClients;
import io.wirewatch.common.Settings;
import io.wirewatch.common.Topics;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.serde.WirewatchSerdes;
import io.wirewatch.sink.AlertSink;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirewatch tail}: print alerts as they arrive. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print alerts from wirewatch.alerts (or a subscription's topic) as they arrive.")
final class TailCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--subscription", paramLabel = "ID", description = "Read wirewatch.alerts.<ID> instead of wirewatch.alerts.")
    String subscription;

    @Option(names = "--from-beginning", description = "Start at the oldest alert instead of the newest.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N alerts.")
    Integer max;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Stop when no alert arrived for this long.")
    Integer idleSeconds;

    @Option(names = "--json", description = "Print each alert as one JSON line instead of a human line.")
    boolean json;

    volatile boolean stopped;

    @Override
    public Integer call() throws Exception {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        CommonConfig config = new CommonConfig(settings.asMap());
        String topic = subscription == null ? Topics.ALERTS.name() : Topics.ALERTS.name() + "." + subscription;
        try (Cluster kafka = Cluster.open(config).ensureTopics(config);
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                     KafkaClients.consumer(kafka.bootstrap(), null, fromBeginning),
                     new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                System.err.println("wirewatch tail: topic " + topic + " does not exist"
                        + (subscription == null ? "" : " (is there a subscription '" + subscription + "'? see `wirewatch subscriptions`)"));
                return 2;
            }
            List<TopicPartition> parts = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            if (fromBeginning) consumer.seekToBeginning(parts); else consumer.seekToEnd(parts);
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped = true;
                consumer.wakeup();
                try {
                    main.join(5000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
            System.err.println("Tailing " + topic + (fromBeginning ? " from the beginning" : "") + " …");
            int seen = 0;
            long lastAlert = System.currentTimeMillis();
            try {
                while (!stopped) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(250))) {
                        lastAlert = System.currentTimeMillis();
                        if (json) {
                            System.out.println(new String(r.value(), StandardCharsets.UTF_8));
                        } else {
                            try {
                                Alert a = WirewatchSerdes.ALERT.read(r.value());
                                System.out.println(AlertSink.humanLine(a));
                            } catch (Exception e) {
                                System.out.println("(unreadable alert at " + r.topic() + "-" + r.partition() + "@" + r.offset() + ")");
                            }
                        }
                        seen++;
                        if (max != null && seen >= max) return 0;
                    }
                    System.out.flush();
                    if (idleSeconds != null && System.currentTimeMillis() - lastAlert > idleSeconds * 1000L) {
                        System.err.println("No alert for " + idleSeconds + " s; " + seen + " shown.");
                        return 0;
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // Ctrl-C
            }
            return 0;
        }
    }
}
