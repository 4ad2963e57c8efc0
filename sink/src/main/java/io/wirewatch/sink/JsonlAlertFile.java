package io.wirewatch.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * An append-only JSONL file of alerts, one a line, that never holds the same {@code alertId} twice:
 * the ids already in the file are read when it is opened, so a restarted sink that is handed an
 * alert again (after a crash between writing and committing its offset) skips it.
 */
public final class JsonlAlertFile implements AutoCloseable {
    private final Path path;
    private final Set<String> ids = new HashSet<>();
    private final FileChannel channel;

    public JsonlAlertFile(Path path) throws IOException {
        this.path = path;
        if (path.getParent() != null) Files.createDirectories(path.getParent());
        if (Files.exists(path)) {
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    try {
                        JsonNode n = JsonSerde.MAPPER.readTree(line);
                        if (n.hasNonNull("alertId")) ids.add(n.get("alertId").asText());
                    } catch (IOException partialLine) {
                        // a line cut by a crash: the alert will be written again whole
                    }
                }
            }
        }
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /** Appends the alert unless its id is already in the file; returns whether it was written. */
    public synchronized boolean append(Alert alert) throws IOException {
        if (ids.contains(alert.alertId())) return false;
        byte[] line = (WirewatchSerdes.ALERT.toJson(alert) + "\n").getBytes(StandardCharsets.UTF_8);
        var buf = java.nio.ByteBuffer.wrap(line);
        while (buf.hasRemaining()) channel.write(buf);
        ids.add(alert.alertId());
        return true;
    }

    /** Forces written lines to disk; called before offsets are committed. */
    public synchronized void sync() throws IOException {
        channel.force(false);
    }

    public synchronized int size() {
        return ids.size();
    }

    public Path path() {
        return path;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
