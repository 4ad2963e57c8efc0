package io.wirewatch.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Raw settings, merged in increasing priority: built-in defaults of each component's config class,
 * a properties file, environment variables ({@code WIREWATCH_TOPIC_PARTITIONS} sets
 * {@code topic.partitions}), then command-line flags. Each component reads the map through its own
 * typed, validated {@code AbstractConfig} (for example {@link CommonConfig}), so unknown keys of other
 * components do no harm.
 */
public final class Settings {
    private final Map<String, String> values = new TreeMap<>();

    private Settings() {
    }

    public static Settings empty() {
        return new Settings();
    }

    /** File (may be null), then the process environment. */
    public static Settings load(Path propertiesFile) {
        return load(propertiesFile, System.getenv());
    }

    public static Settings load(Path propertiesFile, Map<String, String> env) {
        Settings s = new Settings();
        if (propertiesFile != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + propertiesFile + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> s.values.put(k.trim(), p.getProperty(k).trim()));
        }
        env.forEach((k, v) -> {
            if (k.startsWith("WIREWATCH_") && k.length() > "WIREWATCH_".length()) {
                s.values.put(k.substring("WIREWATCH_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        return s;
    }

    /** Sets a value (a command-line flag); null leaves the current value. */
    public Settings with(String key, Object value) {
        if (value != null) values.put(key, String.valueOf(value));
        return this;
    }

    /** Sets a value only when none is set yet. */
    public Settings withDefault(String key, Object value) {
        if (value != null) values.putIfAbsent(key, String.valueOf(value));
        return this;
    }

    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    public Settings copy() {
        Settings s = new Settings();
        s.values.putAll(values);
        return s;
    }
}
