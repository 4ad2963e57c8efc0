package io.wirewatch.sink.delivery;

import io.wirewatch.common.model.Alert;
import io.wirewatch.common.model.Subscription;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Appends each subscription's alerts to its JSONL file: the subscription's own {@code jsonlPath}, else
 * {@code <delivery.jsonl.dir>/<id>.jsonl}. Files stay open between alerts; not thread-safe.
 */
public final class JsonlDelivery implements AutoCloseable {
    private final Path defaultDir;
    private final Map<Path, JsonlFile> open = new HashMap<>();

    public JsonlDelivery(Path defaultDir) {
        this.defaultDir = defaultDir;
    }

    public Path pathFor(Subscription s) {
        return (s.jsonlPath() != null ? Path.of(s.jsonlPath()) : defaultDir.resolve(s.id() + ".jsonl"))
                .toAbsolutePath().normalize();
    }

    /** True when a line was written, false when the file already had this alert. */
    public boolean deliver(Subscription s, Alert alert) throws IOException {
        Path p = pathFor(s);
        JsonlFile f = open.get(p);
        if (f == null) {
            f = new JsonlFile(p);
            open.put(p, f);
        }
        return f.append(alert);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (JsonlFile f : open.values()) {
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        open.clear();
        if (first != null) throw first;
    }
}
