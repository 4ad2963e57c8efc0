package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.common.Settings;
import io.wirewatch.common.model.AlertType;
import io.wirewatch.common.model.Subscription;
import io.wirewatch.common.query.QuerySyntaxException;
import io.wirewatch.common.subscription.SubscriptionAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wirewatch subscribe}: create or replace a subscription on {@code wirewatch.subscriptions}
 * and its alert topic {@code wirewatch.alerts.<id>}.
 */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = {"Create or replace a subscription.",
                "Matching alerts go to the topic wirewatch.alerts.<ID> and, through the sink, to its webhook",
                "and/or JSONL file. Query language: docs/query-language.md."})
final class SubscribeCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Lower-case letters, digits, '-', '_', '.'.")
    String id;

    @Option(names = "--query", required = true, paramLabel = "QUERY",
            description = "e.g. 'entity:\"Andy Jassy\" OR (export AND topic:politics) AND NOT source:tabloid'")
    String query;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Alert types wanted: NEW_STORY, DEVELOPMENT (default both).")
    List<AlertType> types;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each matching alert here (signed with HMAC-SHA256).")
    String webhook;

    @Option(names = "--webhook-secret", paramLabel = "SECRET",
            description = "Key of the X-Wirewatch-Signature HMAC. Default: a new random secret, printed once.")
    String secret;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Append matching alerts to this file (default <data-dir>/subscriptions/<id>.jsonl).")
    String jsonl;

    @Override
    public Integer call() {
        Settings settings = cluster.settings(Path.of("wirewatch-data"));
        CommonConfig config = new CommonConfig(settings.asMap());
        String key = webhook != null && secret == null ? SubscriptionAdmin.newSecret() : secret;
        Subscription s;
        try {
            s = new Subscription(id, query, types == null ? EnumSet.allOf(AlertType.class) : EnumSet.copyOf(types),
                    webhook, key, jsonl, Instant.now());
        } catch (QuerySyntaxException e) {
            System.err.println("wirewatch subscribe: " + e.getMessage());
            System.err.println(e.pointer());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("wirewatch subscribe: " + e.getMessage());
            return 2;
        }
        try (Cluster kafka = Cluster.open(config).ensureTopics(config)) {
            new SubscriptionAdmin(kafka.bootstrap(), config).put(s);
        }
        System.err.println("Subscribed '" + id + "': alerts matching " + query + " go to wirewatch.alerts." + id);
        if (webhook != null && secret == null) {
            System.out.println("Webhook secret (shown once; verify X-Wirewatch-Signature with it): " + key);
        }
        return 0;
    }
}
