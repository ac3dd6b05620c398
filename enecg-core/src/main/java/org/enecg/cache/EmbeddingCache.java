package org.enecg.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.enecg.expert.Expert;
import org.enecg.expert.Fingerprint;
import org.enecg.util.AtomicFiles;

/**
 * Expert outputs on disk, computed once per (record content, expert fingerprint) and reused by every task, fold and
 * epoch (DESIGN.md section 2). Layout, readable from Python with NumPy and pandas (docs/embedding-cache.md):
 * <pre>
 * DIR/CACHE.md                                   this layout, for people
 * DIR/records.csv                                path, stamp, record_key, record_id: keys of record files seen
 * DIR/experts/&lt;name&gt;-&lt;fingerprint id&gt;/fingerprint.json   what the expert was (name, version, parameters, weights)
 * DIR/experts/&lt;name&gt;-&lt;fingerprint id&gt;/part-NNNNNN.npy    float32 [rows, outputs]
 * DIR/experts/&lt;name&gt;-&lt;fingerprint id&gt;/part-NNNNNN.csv    record_key, record_id, missing_leads, non_finite, padded, segments
 * </pre>
 * A changed expert has another fingerprint, hence another folder; a changed record has another key, hence another
 * row: each invalidates only its own entries. New rows are written as parts (every {@link #FLUSH_ROWS} rows or
 * {@link #FLUSH_SECONDS} s, and on {@link #flush()}), all writes atomic, so an interrupted run loses at most the rows
 * since the last flush; {@link #close()} merges each expert's parts into one matrix.
 *
 * <p>One process at a time: opening takes a lock on {@code DIR/.lock}. Thread-safe within the process. A cache that
 * cannot be written (a read-only file system, a folder without write permission) is opened {@linkplain #readOnly()
 * read-only}: no lock, nothing written; every row it has can be read, and adding one is an error naming the folder.
 */
public final class EmbeddingCache implements AutoCloseable {

    /** Rows buffered before a part is written. */
    public static final int FLUSH_ROWS = 512;
    /** Seconds between part writes while rows are coming in. */
    public static final double FLUSH_SECONDS = 10;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final KeyMemo memo;
    private final Map<String, ExpertStore> stores = new HashMap<>();
    /** Stores by expert object, so a lookup does not rebuild the fingerprint text (experts are immutable). */
    private final Map<Expert, ExpertStore> byInstance = new java.util.IdentityHashMap<>();
    private long lastFlush = System.nanoTime();

    private EmbeddingCache(Path dir, FileChannel lockChannel, FileLock lock, KeyMemo memo) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.memo = memo;
    }

    /**
     * Opens (creating if needed) the cache in {@code dir} for reading and writing; when {@code dir} exists but cannot be
     * written (its lock file cannot be created), opens it read-only instead.
     */
    public static EmbeddingCache open(Path dir) throws IOException {
        FileChannel ch;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            if (Files.isDirectory(dir)) return openReadOnly(dir);
            throw e;
        } catch (java.nio.file.FileSystemException e) {
            if (Files.isDirectory(dir) && String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT).contains("read-only")) return openReadOnly(dir);
            throw e;
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException(dir + ": the embedding cache is in use by another run (lock file " + dir.resolve(".lock") + ")");
        }
        try {
            Path readme = dir.resolve("CACHE.md");
            if (!Files.exists(readme)) AtomicFiles.writeString(readme, CacheReadme.TEXT);
            return new EmbeddingCache(dir, ch, lock, KeyMemo.open(dir.resolve("records.csv")));
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    /**
     * Opens an existing cache without writing anything (no lock, no memo update, no compaction): for a cache on a
     * read-only file system or shared between readers. Rows it lacks cannot be added.
     */
    public static EmbeddingCache openReadOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no embedding cache folder");
        return new EmbeddingCache(dir, null, null, KeyMemo.open(dir.resolve("records.csv")));
    }

    /** Whether this cache was opened read-only (nothing is ever written to it). */
    public boolean readOnly() { return lock == null; }

    public Path dir() { return dir; }

    /** The store of an expert, opened (its parts read) on first use. */
    private synchronized ExpertStore store(Expert expert) throws IOException {
        ExpertStore s = byInstance.get(expert);
        if (s != null) return s;
        Fingerprint fp = expert.fingerprint();
        String canonical = fp.canonical(); // long for the gate input (5000 output names): computed once per instance
        s = stores.get(canonical);
        if (s == null) {
            s = ExpertStore.open(dir, fp, expert.spec().outputNames(), readOnly());
            stores.put(canonical, s);
        }
        byInstance.put(expert, s);
        return s;
    }

    /** The folder holding an expert's outputs. */
    public Path folder(Expert expert) throws IOException { return store(expert).dir(); }

    public boolean has(Expert expert, String recordKey) throws IOException { return store(expert).has(recordKey); }

    /** The cached output of a record, if any (a copy). */
    public Optional<float[]> get(Expert expert, String recordKey) throws IOException {
        return Optional.ofNullable(store(expert).get(recordKey));
    }

    /**
     * Adds a computed output; written to disk with the next part. A row already cached is left as it is. Usable a
     * record at a time from any thread (and by a writer of one partition of a dataset).
     *
     * @throws IllegalStateException when the cache is read-only
     */
    public void put(Expert expert, CachedRow row, float[] values) throws IOException {
        if (readOnly()) {
            throw new IllegalStateException(dir + ": the embedding cache cannot be written here (read-only) and lacks the output of "
                    + expert.name() + " for record " + row.recordId() + "; run 'enecg embed' where the cache can be written first");
        }
        ExpertStore s = store(expert);
        s.put(row, values);
        maybeFlush();
    }

    /**
     * The written rows of the given records (content keys, {@code null} for a record to leave out is not allowed) for
     * an expert: each record's row number in the returned view. Flush first: rows still in memory are not there.
     *
     * @throws IllegalStateException naming the expert when a record has no written row
     */
    ExpertRows rowsOf(Expert expert, java.util.List<String> keys) throws IOException {
        ExpertStore s = store(expert);
        int[] at = new int[keys.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = s.rowOf(keys.get(i));
            if (at[i] < 0) throw new IllegalStateException("cache " + dir + " has no written row of " + expert.name() + " for key " + keys.get(i));
        }
        return new ExpertRows(s.rows(), at);
    }

    /** An expert's rows for a list of records: the stored view and each record's row in it. */
    record ExpertRows(StoredRows stored, int[] at) {}

    /** Every cached output of an expert, as one matrix with its index (reads the whole expert: for tests and small data). */
    public CachedMatrix read(Expert expert) throws IOException {
        ExpertStore s = store(expert);
        flush();
        return s.readAll();
    }

    /** The content key remembered for a record file whose stamp is unchanged, if any. */
    String keyByStamp(String memoKey, String stamp) { return memo.byStamp(memoKey, stamp); }

    /** The content key remembered for a record file whose files still hold this content, if any. */
    String keyByContent(String memoKey, String content) { return memo.byContent(memoKey, content); }

    void rememberKey(String memoKey, String stamp, String content, String key, String id) { memo.remember(memoKey, stamp, content, key, id); }

    private void maybeFlush() throws IOException {
        boolean due;
        synchronized (this) {
            int pending = 0;
            for (ExpertStore s : stores.values()) pending += s.pending();
            due = pending >= FLUSH_ROWS || (pending > 0 && (System.nanoTime() - lastFlush) / 1e9 >= FLUSH_SECONDS);
        }
        if (due) flush();
    }

    /** Writes every buffered row (one new part per expert with new rows) and the record-key memo; nothing when read-only. */
    public synchronized void flush() throws IOException {
        if (readOnly()) return;
        for (ExpertStore s : stores.values()) s.flush();
        memo.flush();
        lastFlush = System.nanoTime();
    }

    /** Flushes, then merges each expert's parts into one matrix (streaming); nothing when read-only. */
    public synchronized void compact() throws IOException {
        if (readOnly()) return;
        flush();
        for (ExpertStore s : stores.values()) s.compact();
    }

    /** Compacts and releases the lock (a read-only cache: nothing to do). */
    @Override
    public synchronized void close() throws IOException {
        if (readOnly()) return;
        try {
            compact();
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }
}
