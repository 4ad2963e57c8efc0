package io.wirewatch.sink.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.model.Alert;
import io.wirewatch.common.serde.JsonSerde;
import io.wirewatch.common.serde.WirewatchSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One JSONL file of alerts that never holds the same alertId twice, even across restarts: at open it reads
 * the alertIds already in the file (and cuts off a last line left half-written by a crash), then appends
 * one line per new alert and forces it to disk before reporting success.
 */
final class JsonlFile implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JsonlFile.class);

    private final Path path;
    private final FileChannel channel;
    private final Set<String> seen = new HashSet<>();

    JsonlFile(Path path) throws IOException {
        this.path = path;
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        load();
    }

    private void load() throws IOException {
        long size = channel.size();
        if (size == 0) return;
        byte[] all = Files.readAllBytes(path);
        int complete = all.length;
        while (complete > 0 && all[complete - 1] != '\n') complete--;
        if (complete < all.length) {
            log.warn("{}: dropping a half-written last line ({} bytes) left by an interrupted run", path, all.length - complete);
            channel.truncate(complete);
        }
        int start = 0;
        int lineNo = 0;
        for (int i = 0; i < complete; i++) {
            if (all[i] != '\n') continue;
            lineNo++;
            if (i > start) {
                try {
                    JsonNode n = JsonSerde.MAPPER.readTree(all, start, i - start);
                    String id = n.path("alertId").asText(null);
                    if (id != null) seen.add(id);
                } catch (IOException e) {
                    log.warn("{}:{} is not JSON; kept as is", path, lineNo);
                }
            }
            start = i + 1;
        }
        channel.position(channel.size());
    }

    /** Appends the alert unless the file already has its alertId; true when a line was written. */
    boolean append(Alert alert) throws IOException {
        if (seen.contains(alert.alertId())) return false;
        byte[] line = (WirewatchSerdes.ALERT.toJson(alert) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(line);
        channel.position(channel.size());
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(false);
        seen.add(alert.alertId());
        return true;
    }

    int size() {
        return seen.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
