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
 * <p>One process at a time: opening takes a lock on {@code DIR/.lock}. Thread-safe within the process.
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

    /** Opens (creating if needed) the cache in {@code dir}. */
    public static EmbeddingCache open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

    public Path dir() { return dir; }

    /** The store of an expert, opened (its parts read) on first use. */
    private synchronized ExpertStore store(Expert expert) throws IOException {
        ExpertStore s = byInstance.get(expert);
        if (s != null) return s;
        Fingerprint fp = expert.fingerprint();
        String canonical = fp.canonical(); // long for the gate input (5000 output names): computed once per instance
        s = stores.get(canonical);
        if (s == null) {
            s = ExpertStore.open(dir, fp, expert.spec().outputNames());
            stores.put(canonical, s);
        }
        byInstance.put(expert, s);
        return s;
    }

    /** The folder holding an expert's outputs. */
    public Path folder(Expert expert) throws IOException { return store(expert).dir(); }

    public boolean has(Expert expert, String recordKey) throws IOException { return store(expert).has(recordKey); }

    /** The cached output of a record, if any (shared array: do not modify). */
    public Optional<float[]> get(Expert expert, String recordKey) throws IOException {
        return Optional.ofNullable(store(expert).get(recordKey));
    }

    /** Adds a computed output; written to disk with the next part. A row already cached is left as it is. */
    public void put(Expert expert, CachedRow row, float[] values) throws IOException {
        ExpertStore s = store(expert);
        s.put(row, values);
        maybeFlush();
    }

    /** Every cached output of an expert, as one matrix with its index. */
    public CachedMatrix read(Expert expert) throws IOException { return store(expert).snapshot(); }

    /** The content key remembered for a record file whose files are unchanged, if any. */
    String knownKey(String memoKey, String stamp) { return memo.key(memoKey, stamp); }

    void rememberKey(String memoKey, String stamp, String key, String id) { memo.remember(memoKey, stamp, key, id); }

    private void maybeFlush() throws IOException {
        boolean due;
        synchronized (this) {
            int pending = 0;
            for (ExpertStore s : stores.values()) pending += s.pending();
            due = pending >= FLUSH_ROWS || (pending > 0 && (System.nanoTime() - lastFlush) / 1e9 >= FLUSH_SECONDS);
        }
        if (due) flush();
    }

    /** Writes every buffered row (one new part per expert with new rows) and the record-key memo. */
    public synchronized void flush() throws IOException {
        for (ExpertStore s : stores.values()) s.flush();
        memo.flush();
        lastFlush = System.nanoTime();
    }

    /** Flushes, then merges each expert's parts into one matrix. */
    public synchronized void compact() throws IOException {
        flush();
        for (ExpertStore s : stores.values()) s.compact();
    }

    /** Compacts and releases the lock. */
    @Override
    public synchronized void close() throws IOException {
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
