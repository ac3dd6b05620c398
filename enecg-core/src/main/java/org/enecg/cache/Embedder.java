package org.enecg.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.ResampledLeads;
import org.enecg.io.LeadName;
import org.enecg.io.Record;

/**
 * Fills the cache for a list of records and experts on a fixed pool of threads, and hands over the rows as
 * {@link CacheRows} (read from the cache's files, never all in memory). Each record is one task: its key is looked up
 * (from the record-file memo: by a safe stamp without reading, else by the hash of its files' bytes; else by decoding
 * and hashing the record), and only the experts whose output is not cached run, each on this record alone, so every
 * cached value is the same whatever the number of threads; the record is read once for all of them and each lead
 * resampled once per target rate ({@link ResampledLeads}). A record
 * that cannot be read, or that an expert fails on, is reported and skipped; the others go on.
 */
public final class Embedder {

    /** Told after every record (from worker threads). */
    @FunctionalInterface
    public interface Progress {
        void recordDone(int done, int total);

        Progress NONE = (d, t) -> { };
    }

    private final EmbeddingCache cache;
    private final int threads;

    public Embedder(EmbeddingCache cache, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        this.cache = cache;
        this.threads = threads;
    }

    /** Computes what the cache lacks for these records and experts; flushes the cache at the end. */
    public EmbedSummary embed(List<RecordRef> sources, List<? extends Expert> experts, Progress progress)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        checkNames(experts);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "enecg-embed");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<Outcome>> futures = new ArrayList<>(sources.size());
        try {
            for (RecordRef s : sources) {
                futures.add(pool.submit(() -> {
                    Outcome o = embedOne(s, experts);
                    progress.recordDone(done.incrementAndGet(), sources.size());
                    return o;
                }));
            }
            int fromCache = 0, computed = 0, missing = 0, nonFinite = 0, padded = 0;
            Map<String, Integer> perExpert = new LinkedHashMap<>();
            for (Expert e : experts) perExpert.put(e.name(), 0);
            List<EmbedSummary.Skipped> skipped = new ArrayList<>();
            List<String> keys = new ArrayList<>(sources.size());
            for (int i = 0; i < futures.size(); i++) {
                Outcome o;
                try {
                    o = futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof UncheckedIOException u) throw u.getCause();
                    if (c instanceof RuntimeException r) throw r;
                    if (c instanceof Error err) throw err;
                    throw new IllegalStateException(c);
                }
                keys.add(o.failure == null ? o.key : null);
                if (o.failure != null) {
                    skipped.add(new EmbedSummary.Skipped(sources.get(i).label(), o.failure));
                    continue;
                }
                if (o.computedBy.isEmpty()) fromCache++; else computed++;
                for (String n : o.computedBy) perExpert.merge(n, 1, Integer::sum);
                if (o.missingLeads) missing++;
                if (o.nonFinite) nonFinite++;
                if (o.padded) padded++;
            }
            cache.flush();
            return new EmbedSummary(sources.size(), fromCache, computed, perExpert, skipped, missing, nonFinite, padded,
                    threads, (System.nanoTime() - t0) / 1e9, keys);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Embeds the records (computing what is missing) and returns the table of those that every expert and the gate
     * input could handle, in source order, with the run's summary.
     *
     * @throws IllegalArgumentException when two sources have the same id
     */
    public TableResult table(List<RecordRef> sources, List<? extends Expert> experts, Expert gate, Progress progress)
            throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        for (RecordRef s : sources) {
            if (!ids.add(s.id())) throw new IllegalArgumentException("record id '" + s.id() + "' appears twice (" + s.label() + ")");
        }
        List<Expert> all = new ArrayList<>(experts);
        all.add(gate);
        EmbedSummary run = embed(sources, all, progress);
        List<String> rowIds = new ArrayList<>();
        List<String> rowKeys = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (run.recordKeys().get(i) != null) {
                rowIds.add(sources.get(i).id());
                rowKeys.add(run.recordKeys().get(i));
            }
        }
        cache.compact();   // one part per expert: the rows below are read from it (nothing is written when read-only)
        List<CacheRows.Block> blocks = new ArrayList<>();
        for (Expert e : experts) blocks.add(block(e, rowKeys));
        return new TableResult(new CacheRows(rowIds, blocks, block(gate, rowKeys)), run);
    }

    /**
     * The rows of the records every expert could embed, read from the cache's files (the heap holds a row number per
     * record and expert), and the run that filled the cache. {@link #table()} reads them into memory.
     */
    public record TableResult(CacheRows rows, EmbedSummary summary) {
        /** The rows in memory (the heap grows with the records: for small data, tests and benchmarks). */
        public EmbeddingTable table() { return rows.toTable(); }
    }

    private CacheRows.Block block(Expert e, List<String> keys) throws IOException {
        EmbeddingCache.ExpertRows r = cache.rowsOf(e, keys);
        return new CacheRows.Block(e.name(), e.fingerprint().id(), e.outputSize(), r.stored(), r.at());
    }

    private static void checkNames(List<? extends Expert> experts) {
        Set<String> names = new HashSet<>();
        for (Expert e : experts) {
            if (!names.add(e.name())) throw new IllegalArgumentException("two experts are named '" + e.name() + "'");
        }
    }

    /** What happened to one record. */
    private static final class Outcome {
        String key;
        String failure;
        final List<String> computedBy = new ArrayList<>();
        boolean missingLeads, nonFinite, padded;
    }

    private Outcome embedOne(RecordRef source, List<? extends Expert> experts) {
        Outcome o = new Outcome();
        try {
            Path path = source.path();
            String stamp = null, content = null, key = null;
            if (path != null) {
                // The record file is recognised by its content: a safe stamp vouches for the hash remembered, else the
                // files are hashed (read, not decoded) and compared with it.
                try {
                    List<Path> files = RecordFiles.of(path);
                    stamp = memoStamp(source, files);
                    key = cache.keyByStamp(source.memoKey(), stamp);
                    if (key == null) {
                        content = memoContent(source, files);
                        key = cache.keyByContent(source.memoKey(), content);
                        if (key != null) cache.rememberKey(source.memoKey(), stamp, content, key, source.id());
                    }
                } catch (IOException e) {
                    o.failure = "cannot read the record's files: " + message(e);
                    return o;
                }
                if (key != null && allCached(experts, key)) {
                    o.key = key;
                    return o;
                }
                if (content == null) {
                    try {
                        content = memoContent(source, RecordFiles.of(path));   // before reading: a later change cannot be missed
                    } catch (IOException e) {
                        o.failure = "cannot read the record's files: " + message(e);
                        return o;
                    }
                }
            }
            Record record;
            try {
                record = source.reader().read();
            } catch (IOException | RuntimeException e) {
                o.failure = message(e);
                return o;
            }
            o.key = RecordKey.of(record);
            if (path != null) cache.rememberKey(source.memoKey(), stamp, content, o.key, source.id());
            Map<Expert, float[]> rows = new HashMap<>();
            Map<Expert, CachedRow> index = new HashMap<>();
            ResampledLeads resampled = new ResampledLeads(record); // experts reading a lead at the same rate share it
            for (Expert e : experts) {
                if (cache.has(e, o.key)) continue;
                try {
                    ExpertInput in = ExpertInput.prepare(record, e.spec(), resampled);
                    rows.put(e, e.embed(in));
                    index.put(e, new CachedRow(o.key, source.id(), leads(in.missingLeads()), in.nonFiniteSamples(),
                            in.paddedSamples(), in.segments()));
                    o.missingLeads |= !in.missingLeads().isEmpty();
                    o.nonFinite |= in.nonFiniteSamples() > 0;
                    o.padded |= in.paddedSamples() > 0;
                } catch (UncheckedIOException ex) {
                    throw ex; // an expert's model files are unusable (opened lazily): fatal, not a record problem
                } catch (RuntimeException ex) {
                    o.failure = "expert " + e.name() + ": " + message(ex);
                    return o; // nothing of this record is stored: it is skipped as a whole
                }
            }
            for (Expert e : experts) {
                if (rows.containsKey(e)) {
                    cache.put(e, index.get(e), rows.get(e));
                    o.computedBy.add(e.name());
                }
            }
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the cache itself failed: fatal, not a record problem
        }
    }

    private boolean allCached(List<? extends Expert> experts, String key) throws IOException {
        for (Expert e : experts) if (!cache.has(e, key)) return false;
        return true;
    }

    private static String leads(List<LeadName> leads) {
        List<String> s = new ArrayList<>();
        for (LeadName l : leads) s.add(l.label());
        return String.join(";", s);
    }

    private static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile() + (n.getReason() != null ? " (" + n.getReason() + ")" : "");
        }
        String m = e.getMessage();
        return m != null ? m : e.getClass().getSimpleName();
    }

    /**
     * The stamp the record-file memo keeps for a record: its files' stamp, with the manifest row's declared fs, length
     * and leads folded in, so that a changed row makes the record be read and checked again. Null when the files have
     * no safe stamp (then they are hashed).
     */
    static String memoStamp(RecordRef source, List<Path> files) throws IOException {
        String stamp = FileStamp.of(files);
        return stamp == null ? null : withDeclared(stamp, source);
    }

    /** The content hash the memo keeps: the files' bytes, with the manifest row's declared fields folded in (as the stamp). */
    static String memoContent(RecordRef source, List<Path> files) throws IOException {
        return withDeclared(ContentHash.of(files), source);
    }

    private static String withDeclared(String hash, RecordRef source) {
        if (source.declared().isEmpty()) return hash;
        return org.enecg.expert.Fingerprint.sha256Hex((hash + '\n' + source.declared())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32);
    }
}
