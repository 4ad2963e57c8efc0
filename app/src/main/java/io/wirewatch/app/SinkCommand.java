package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.sink.AlertSink;
import io.wirewatch.sink.JsonlAlertFile;
import io.wirewatch.sink.delivery.DeliveryConfig;
import io.wirewatch.sink.delivery.SubscriptionDeliveryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code wirewatch sink}: only the alert sink, until Ctrl-C. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Deliver alerts to a file, stdout and subscriptions until Ctrl-C.",
                "Writes wirewatch.alerts to a JSONL file (idempotently) and stdout, and every subscription's",
                "alerts (wirewatch.alerts.<id>) to its webhook and JSONL file."})
final class SinkCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--alerts", paramLabel = "FILE", description = "Alerts JSONL (default <data-dir>/alerts.jsonl).")
    Path alertsFile;

    @Override
    public Integer call() throws Exception {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        CommonConfig config = new CommonConfig(settings.asMap());
        Cluster kafka = Cluster.open(config).ensureTopics(config);
        Path alerts = alertsFile != null ? alertsFile : config.dataDir().resolve("alerts.jsonl");
        AlertSink sink = new AlertSink(kafka.bootstrap(), config.applicationId() + "-sink", new JsonlAlertFile(alerts),
                System.out);
        Thread t = new Thread(sink, "wirewatch-sink");
        t.start();
        SubscriptionDeliveryService delivery = new SubscriptionDeliveryService(new DeliveryConfig(settings.asMap()),
                kafka.bootstrap());
        delivery.start();
        System.err.println("Sink delivering wirewatch.alerts to " + alerts.toAbsolutePath() + ". Ctrl-C stops.");
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            delivery.close();
            sink.close();
            try {
                t.join(10_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            kafka.close();
            done.countDown();
        }, "wirewatch-shutdown"));
        done.await();
        return 0;
    }
}
