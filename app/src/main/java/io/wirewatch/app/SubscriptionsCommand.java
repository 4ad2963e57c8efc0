package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.subscription.SubscriptionAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirewatch subscriptions}: list the live subscriptions (secrets masked). */
@Command(name = "subscriptions", mixinStandardHelpOptions = true, description = "List the live subscriptions.")
final class SubscriptionsCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        CommonConfig config = new CommonConfig(settings.asMap());
        List<Subscription> all;
        try (Cluster kafka = Cluster.open(config).ensureTopics(config)) {
            all = new SubscriptionAdmin(kafka.bootstrap(), config).list();
        }
        if (all.isEmpty()) {
            System.err.println("No subscriptions. Create one with: wirewatch subscribe --id ID --query QUERY");
        }
        for (Subscription s : all) {
            System.out.printf("%s\t%s\ttypes=%s%s%s%n", s.id(), s.query(), s.types(),
                    s.webhookUrl() == null ? "" : "\twebhook=" + s.webhookUrl() + " (secret ****)",
                    s.jsonlPath() == null ? "" : "\tjsonl=" + s.jsonlPath());
        }
        return 0;
    }
}
