package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.common.subscription.SubscriptionAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code wirewatch unsubscribe ID}: a tombstone on {@code wirewatch.subscriptions}; the alert topic is kept. */
@Command(name = "unsubscribe", mixinStandardHelpOptions = true,
        description = {"Delete a subscription.", "Its topic wirewatch.alerts.<ID> and the alerts in it are kept."})
final class UnsubscribeCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        CommonConfig config = new CommonConfig(settings.asMap());
        boolean existed;
        try (Cluster kafka = Cluster.open(config).ensureTopics(config)) {
            existed = new SubscriptionAdmin(kafka.bootstrap(), config).delete(id);
        }
        if (!existed) {
            System.err.println("wirewatch unsubscribe: no subscription '" + id + "' (see `wirewatch subscriptions`)");
            return 1;
        }
        System.err.println("Unsubscribed '" + id + "'.");
        return 0;
    }
}
