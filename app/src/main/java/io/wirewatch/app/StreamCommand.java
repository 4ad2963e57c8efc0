package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.stream.StreamApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code wirewatch stream}: only the Kafka Streams topology, until Ctrl-C. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Run only the stream topology until Ctrl-C.",
                "Reads wirewatch.articles.raw and writes articles, duplicates, alerts and dead letters.",
                "Start more instances with the same application.id to scale out."})
final class StreamCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        CommonConfig config = new CommonConfig(settings.asMap());
        if (StateDirGuard.refuses(settings, "stream", System.err)) return 2;
        Cluster kafka = Cluster.open(config).ensureTopics(config);
        StreamApp app = new StreamApp(kafka.bootstrap(), settings.asMap()).start(Duration.ofSeconds(120));
        System.err.println("Stream topology running against " + kafka.bootstrap() + ". Ctrl-C stops.");
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            kafka.close();
            done.countDown();
        }, "wirewatch-shutdown"));
        done.await();
        return 0;
    }
}
