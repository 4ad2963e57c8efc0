package io.wirewatch.app;

import io.wirewatch.common.CommonConfig;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.web.WebIngestConfig;
import io.wirewatch.sink.delivery.DeliveryConfig;
import io.wirewatch.stream.StreamConfig;
import io.wirewatch.stream.dedup.NearDupConfig;
import io.wirewatch.stream.story.StoryConfig;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code wirewatch settings}: every setting of every component, with type, default and meaning,
 * straight from the {@link ConfigDef}s that validate them (so this list cannot go stale).
 */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"List every setting with its type, default and meaning.",
                "Set them in a --config properties file, as WIREWATCH_<KEY> environment variables (dots as",
                "underscores), with --set KEY=VALUE, or with a command's dedicated flags."})
final class SettingsCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print a Markdown table (as in the README).")
    boolean markdown;

    /** A component's configuration: its definition, and its config class (whose constructor checks across keys). */
    record Component(ConfigDef definition, java.util.function.Function<Map<String, String>, ?> config) {
    }

    /** Every component, in pipeline order: the one list that the listing, the README table and validation share. */
    static final List<Component> COMPONENTS = List.of(new Component(CommonConfig.CONFIG, CommonConfig::new),
            new Component(IngestConfig.CONFIG, IngestConfig::new), new Component(WebIngestConfig.CONFIG, WebIngestConfig::new),
            new Component(StreamConfig.CONFIG, StreamConfig::new), new Component(NearDupConfig.CONFIG, NearDupConfig::new),
            new Component(StoryConfig.CONFIG, StoryConfig::new), new Component(DeliveryConfig.CONFIG, DeliveryConfig::new));

    /** Every component's config definition, in pipeline order; keys shared via CommonConfig appear once. */
    static Map<String, ConfigDef.ConfigKey> allKeys() {
        Map<String, ConfigDef.ConfigKey> keys = new LinkedHashMap<>();
        for (Component c : COMPONENTS) c.definition().configKeys().forEach(keys::putIfAbsent);
        return keys;
    }

    @Override
    public Integer call() {
        if (markdown) {
            System.out.println("| key | type | default | meaning |");
            System.out.println("| --- | --- | --- | --- |");
        }
        for (ConfigDef.ConfigKey k : allKeys().values()) {
            String def = k.hasDefault() ? String.valueOf(k.defaultValue) : "(required)";
            if (def.isEmpty()) def = "\"\"";
            String type = k.type.name().toLowerCase(java.util.Locale.ROOT);
            if (markdown) {
                System.out.printf("| `%s` | %s | `%s` | %s |%n", k.name, type, def, k.documentation.replace("|", "\\|"));
            } else {
                System.out.printf("%-36s %-8s %-22s %s%n", k.name, type, def, k.documentation);
            }
        }
        return 0;
    }
}
