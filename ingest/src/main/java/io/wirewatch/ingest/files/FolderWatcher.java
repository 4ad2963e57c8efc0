package io.wirewatch.ingest.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches a folder for new article files and hands each one, once, to a {@link FileIngester}.
 * A file counts as seen by its name, size and modification time; the seen set is kept in a state
 * file so a restarted {@code run} does not publish the same files again. Polling rather than
 * {@code WatchService}: it behaves the same on every file system, including network mounts.
 */
public final class FolderWatcher implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path folder;
    private final FileIngester ingester;
    private final Path stateFile;
    private final long intervalMs;
    private final Runnable afterBatch;
    private final Set<String> seen = new HashSet<>();
    private volatile boolean stopped;

    public FolderWatcher(Path folder, FileIngester ingester, Path stateFile, long intervalMs, Runnable afterBatch)
            throws IOException {
        this.folder = folder;
        this.ingester = ingester;
        this.stateFile = stateFile;
        this.intervalMs = intervalMs;
        this.afterBatch = afterBatch;
        if (Files.exists(stateFile)) seen.addAll(Files.readAllLines(stateFile, StandardCharsets.UTF_8));
    }

    /** One pass: ingests the files not seen before; returns what they gave. */
    public FileIngester.Result scanOnce() throws IOException {
        FileIngester.Result total = new FileIngester.Result(0, 0);
        List<Path> files = FileIngester.expand(List.of(folder));
        List<String> newlySeen = new java.util.ArrayList<>();
        for (Path f : files) {
            String key = folder.relativize(f) + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis();
            if (seen.contains(key)) continue;
            FileIngester.Result r = ingester.ingestFile(f);
            total = total.plus(r);
            newlySeen.add(key);
            log.info("Ingested {}: {} article(s), {} dead letter(s)", f.getFileName(), r.published(), r.deadLettered());
        }
        if (!newlySeen.isEmpty()) {
            afterBatch.run(); // flush: only files whose records reached Kafka count as seen
            seen.addAll(newlySeen);
            Files.createDirectories(stateFile.getParent());
            Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            Files.writeString(tmp, String.join("\n", seen) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return total;
    }

    @Override
    public void run() {
        log.info("Watching {} for new article files every {} ms", folder.toAbsolutePath(), intervalMs);
        while (!stopped) {
            try {
                scanOnce();
            } catch (IOException | RuntimeException e) {
                log.error("Scanning {} failed: {} (will retry)", folder, e.getMessage());
            }
            try {
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
    }
}
