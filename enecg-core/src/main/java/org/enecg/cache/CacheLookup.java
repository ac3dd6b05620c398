package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enecg.expert.Expert;

/**
 * What a cache knows about a record without reading it, for a run that computes elsewhere (the {@code enecg-spark}
 * driver): which experts still lack its rows, from the record-key memo ({@code records.csv}) when its files are
 * unchanged, as {@link Embedder} decides it; and the memo's entries, carried from the caches the workers filled
 * into the shared one, so a following {@code enecg embed} does not read those records again.
 */
public final class CacheLookup {

    /** A record's content key, known from the memo, and the experts that lack its row. */
    public record Known(String key, List<Expert> missing) {
        public Known {
            missing = List.copyOf(missing);
        }
    }

    private CacheLookup() {}

    /**
     * The record's key and the experts whose row for it is not cached, or empty when the key is not known without
     * reading the record (no file, files changed since, or never seen): then every expert must be asked.
     */
    public static Optional<Known> missingExperts(EmbeddingCache cache, RecordRef record, List<? extends Expert> experts)
            throws IOException {
        if (record.path() == null) return Optional.empty();
        String stamp;
        try {
            stamp = Embedder.memoStamp(record, RecordFiles.of(record.path()));
        } catch (IOException e) {
            return Optional.empty(); // reported by whoever reads the record
        }
        String key = cache.keyByStamp(record.memoKey(), stamp);
        if (key == null) {
            try {
                key = cache.keyByContent(record.memoKey(), Embedder.memoContent(record, RecordFiles.of(record.path())));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (key == null) return Optional.empty();
        List<Expert> missing = new ArrayList<>();
        for (Expert e : experts) if (!cache.has(e, key)) missing.add(e);
        return Optional.of(new Known(key, missing));
    }

    /** The record-key memo of a cache folder, one entry per row: path, stamp, content hash, record key, record id. */
    public static List<List<String>> memoEntries(Path cache) throws IOException {
        Path file = cache.resolve("records.csv");
        if (!Files.exists(file)) return List.of();
        return CsvTable.read(file, KeyMemo.HEADER).rows();
    }

    /** Adds memo entries (as {@link #memoEntries} gives them) to an open cache; written with its next flush. */
    public static void remember(EmbeddingCache cache, List<List<String>> entries) {
        for (List<String> e : entries) {
            if (e.size() != KeyMemo.HEADER.size()) throw new IllegalArgumentException("a memo entry has " + KeyMemo.HEADER + ", found " + e);
            cache.rememberKey(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4));
        }
    }
}
