package io.wirewatch.app;

import io.wirewatch.common.Settings;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every setting against every component's {@link ConfigDef} before anything starts. Without
 * this a bad value (say {@code WIREWATCH_STORY_JOIN_THRESHOLD=2}) surfaced only when the story stage
 * was built, after the embedded broker had started, and the message did not say where the value came
 * from. Unknown keys from a --config file or WIREWATCH_* variables that look like ours (same first
 * segment as a known key, e.g. {@code story.join.treshold}) are most likely typos: they get a warning,
 * not an error, since a file may be shared with other tools.
 */
final class SettingsValidator {
    private static final Pattern KAFKA_MESSAGE = Pattern.compile("Invalid value .* for configuration (\\S+?)(?:: (.*))?",
            Pattern.DOTALL);

    private SettingsValidator() {
    }

    /** Throws {@link InvalidSettingsException} naming every bad value and its origin; warns on {@code err}. */
    static void check(Settings settings, PrintStream err) {
        Map<String, ConfigDef.ConfigKey> keys = SettingsCommand.allKeys();
        for (String w : warnings(settings, keys)) err.println("wirewatch: warning: " + w);
        List<String> errors = errors(settings, keys);
        if (!errors.isEmpty()) throw new InvalidSettingsException(String.join("\n", errors));
    }

    static List<String> errors(Settings settings, Map<String, ConfigDef.ConfigKey> keys) {
        List<String> errors = new ArrayList<>();
        Map<String, String> values = settings.asMap();
        values.forEach((name, value) -> {
            ConfigDef.ConfigKey key = keys.get(name);
            if (key == null) {
                // A key typed on this command line is a mistake, not something another tool reads.
                String origin = String.valueOf(settings.origin(name));
                if (origin.equals(Settings.FLAG) || origin.startsWith("--set")) {
                    errors.add("unknown setting " + name + " (from " + settings.origin(name) + ")" + suggestion(name, keys)
                            + "; `wirewatch settings` lists them all");
                }
                return;
            }
            try {
                Object parsed = ConfigDef.parseType(name, value, key.type);
                if (key.validator != null) key.validator.ensureValid(name, parsed);
            } catch (ConfigException e) {
                errors.add("invalid value '" + value + "' for " + name + " (from " + settings.origin(name) + "): "
                        + reason(e));
            }
        });
        if (!errors.isEmpty()) return errors;
        // Checks across keys (e.g. near-dup bands x rows) live in the config classes' constructors.
        for (SettingsCommand.Component component : SettingsCommand.COMPONENTS) {
            try {
                component.config().apply(values);
            } catch (ConfigException e) {
                List<String> from = new ArrayList<>();
                values.keySet().stream().filter(k -> e.getMessage().contains(k))
                        .forEach(k -> from.add(k + " from " + settings.origin(k)));
                errors.add(reason(e) + (from.isEmpty() ? "" : " (" + String.join(", ", from) + ")"));
            }
        }
        return errors;
    }

    static List<String> warnings(Settings settings, Map<String, ConfigDef.ConfigKey> keys) {
        Set<String> prefixes = new TreeSet<>();
        keys.keySet().forEach(k -> prefixes.add(firstSegment(k)));
        List<String> warnings = new ArrayList<>();
        for (String name : settings.asMap().keySet()) {
            String origin = settings.origin(name);
            boolean external = origin != null && (origin.startsWith("--config file") || origin.startsWith("environment variable"));
            if (external && !keys.containsKey(name) && prefixes.contains(firstSegment(name))) {
                warnings.add("unknown setting " + name + " (from " + origin + ") is ignored" + suggestion(name, keys));
            }
        }
        return warnings;
    }

    private static String firstSegment(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** "; did you mean K?" for the closest known key within a few typos, else "". */
    static String suggestion(String name, Map<String, ConfigDef.ConfigKey> keys) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : keys.keySet()) {
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 5) ? "; did you mean " + best + "?" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Kafka's "Invalid value X for configuration K: why" without the parts this message already says. */
    private static String reason(ConfigException e) {
        String m = String.valueOf(e.getMessage());
        Matcher matcher = KAFKA_MESSAGE.matcher(m);
        if (matcher.matches()) return matcher.group(2) == null ? "not a valid value" : matcher.group(2);
        return m;
    }
}
