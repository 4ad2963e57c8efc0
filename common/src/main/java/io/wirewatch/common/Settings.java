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
 * components do no harm. Each value remembers where it came from ({@link #origin}), so that an error
 * about it can say which file, environment variable or flag to fix.
 */
public final class Settings {
    /** Origin of values set by {@link #with(String, Object)} without a more precise one. */
    public static final String FLAG = "a command-line flag";

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> origins = new TreeMap<>();

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
            String origin = "--config file " + propertiesFile;
            p.stringPropertyNames().forEach(k -> s.put(k.trim(), p.getProperty(k).trim(), origin));
        }
        new TreeMap<>(env).forEach((k, v) -> {
            if (k.startsWith("WIREWATCH_") && k.length() > "WIREWATCH_".length()) {
                s.put(k.substring("WIREWATCH_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), v,
                        "environment variable " + k);
            }
        });
        return s;
    }

    private void put(String key, String value, String origin) {
        values.put(key, value);
        origins.put(key, origin);
    }

    /** Sets a value (a command-line flag); null leaves the current value. */
    public Settings with(String key, Object value) {
        return with(key, value, FLAG);
    }

    /** Sets a value that came from {@code origin} (for example "--data-dir"); null leaves the current value. */
    public Settings with(String key, Object value, String origin) {
        if (value != null) put(key, String.valueOf(value), origin);
        return this;
    }

    /** Sets a value only when none is set yet. */
    public Settings withDefault(String key, Object value) {
        if (value != null && !values.containsKey(key)) put(key, String.valueOf(value), "default");
        return this;
    }

    public String get(String key) {
        return values.get(key);
    }

    /**
     * Where the value of {@code key} came from, for messages: "--config file F", "environment variable
     * WIREWATCH_X", a flag such as "--data-dir" (or {@link #FLAG}), or "default"; null when unset.
     */
    public String origin(String key) {
        return origins.get(key);
    }

    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    public Settings copy() {
        Settings s = new Settings();
        s.values.putAll(values);
        s.origins.putAll(origins);
        return s;
    }
}
