package io.wirewatch.ingest.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.common.serde.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the web ingester must remember across restarts, kept as one JSON file ({@code state.json})
 * under its state directory, replaced atomically (write to a temporary file, fsync, rename) so a
 * crash leaves either the old or the new state, never half of one. A lock file keeps a second
 * ingester off the same directory. Thread-safe.
 *
 * <ul>
 *   <li>entries: feed entry key ({@code guid:...} or {@code url:<canonical>}) → hash of the entry as the
 *       feed showed it, so an unchanged entry costs nothing on the next poll;</li>
 *   <li>articles: article key → id and content hash of what was last published;</li>
 *   <li>aliases: GUIDs and URLs (as found, after redirects, rel=canonical) → article key, so a changed
 *       GUID or link for the same page finds the same article and keeps its id;</li>
 *   <li>validators per fetched URL (ETag/Last-Modified) and the schedule of each source.</li>
 * </ul>
 */
public final class IngestState implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestState.class);
    private static final ObjectMapper MAPPER = JsonSerde.MAPPER;
    static final int VERSION = 1;

    public record SourceState(Instant nextPollAt, long intervalMs, int failures) {
    }

    public record EntryMark(String entryHash, Instant lastSeen) {
    }

    public record ArticleMark(String id, String contentHash, Instant lastPublished, Instant lastSeen) {
    }

    /** The file's shape. */
    record Snapshot(int version, Map<String, SourceState> sources, Map<String, Validators> validators,
                    Map<String, EntryMark> entries, Map<String, ArticleMark> articles, Map<String, String> aliases) {
    }

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, SourceState> sources;
    private final Map<String, Validators> validators;
    private final Map<String, EntryMark> entries;
    private final Map<String, ArticleMark> articles;
    private final Map<String, String> aliases;

    private IngestState(Path file, FileChannel lockChannel, FileLock lock, Snapshot s) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.sources = new HashMap<>(s.sources() == null ? Map.of() : s.sources());
        this.validators = new HashMap<>(s.validators() == null ? Map.of() : s.validators());
        this.entries = new HashMap<>(s.entries() == null ? Map.of() : s.entries());
        this.articles = new HashMap<>(s.articles() == null ? Map.of() : s.articles());
        this.aliases = new HashMap<>(s.aliases() == null ? Map.of() : s.aliases());
    }

    /** Opens (creating if needed) the state under {@code dir}; fails if another process holds it. */
    public static IngestState open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("ingest state " + dir + " is in use by another ingester");
        }
        Path file = dir.resolve("state.json");
        Snapshot s = new Snapshot(VERSION, null, null, null, null, null);
        if (Files.exists(file)) {
            try {
                s = MAPPER.readValue(file.toFile(), Snapshot.class);
            } catch (IOException e) {
                Path aside = dir.resolve("state.json.corrupt-" + System.currentTimeMillis());
                Files.move(file, aside);
                LOG.warn("Ingest state {} unreadable ({}); moved to {} and starting afresh", file, e.getMessage(), aside);
            }
        }
        return new IngestState(file, ch, lock, s);
    }

    public synchronized SourceState source(String url) {
        return sources.get(url);
    }

    public synchronized void putSource(String url, SourceState s) {
        sources.put(url, s);
    }

    public synchronized Validators validators(String url) {
        return validators.getOrDefault(url, Validators.NONE);
    }

    public synchronized void putValidators(String url, Validators v) {
        if (v == null || v.isEmpty()) validators.remove(url);
        else validators.put(url, v);
    }

    public synchronized EntryMark entry(String key) {
        return entries.get(key);
    }

    public synchronized void putEntry(String key, EntryMark m) {
        entries.put(key, m);
    }

    public synchronized ArticleMark article(String articleKey) {
        return articles.get(articleKey);
    }

    public synchronized void putArticle(String articleKey, ArticleMark m) {
        articles.put(articleKey, m);
    }

    public synchronized String alias(String key) {
        return aliases.get(key);
    }

    public synchronized void putAlias(String key, String articleKey) {
        aliases.put(key, articleKey);
    }

    public synchronized int articleCount() {
        return articles.size();
    }

    /** Forgets entries and articles not seen since {@code before}, and aliases pointing nowhere. */
    public synchronized void prune(Instant before) {
        entries.values().removeIf(m -> m.lastSeen().isBefore(before));
        articles.values().removeIf(m -> m.lastSeen().isBefore(before));
        aliases.values().removeIf(k -> !articles.containsKey(k));
    }

    /** Writes the state atomically. */
    public synchronized void save() throws IOException {
        Snapshot s = new Snapshot(VERSION, sources, validators, entries, articles, aliases);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] json = MAPPER.writeValueAsBytes(s);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(json));
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            save();
        } finally {
            if (lock.isValid()) lock.release();
            lockChannel.close();
        }
    }
}
