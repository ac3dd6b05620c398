package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code records.csv} in the cache folder: for each record file (and part of a file) seen, the {@link ContentHash} of
 * its files, the content key of the record they hold, and a {@link FileStamp} that vouches for the content hash while
 * the files keep it (empty when no safe stamp could be taken). A warm run knows a record's key from the stamp without
 * reading anything, or from the content hash after reading (not decoding) the files. Rewritten atomically on flush.
 * A memo of an older layout is ignored (every record is then hashed once).
 */
final class KeyMemo {

    static final List<String> HEADER = List.of("path", "stamp", "content_sha256", "record_key", "record_id");

    private record Entry(String stamp, String content, String key, String id) {}

    private final Path file;
    private final Map<String, Entry> byPath = new TreeMap<>();
    private boolean dirty;

    private KeyMemo(Path file) { this.file = file; }

    static KeyMemo open(Path file) throws IOException {
        KeyMemo m = new KeyMemo(file);
        if (Files.exists(file)) {
            try (CsvRows rows = new CsvRows(file, HEADER)) {
                for (List<String> r; (r = rows.next()) != null; ) m.byPath.put(r.get(0), new Entry(r.get(1), r.get(2), r.get(3), r.get(4)));
            } catch (IOException e) {
                if (!e.getMessage().contains("expected the header")) throw e;
                m.byPath.clear();
                m.dirty = true;   // an older memo: replaced on the next flush
            }
        }
        return m;
    }

    /** The key remembered for this path if its files still have this (non-null) stamp. */
    synchronized String byStamp(String path, String stamp) {
        Entry e = byPath.get(path);
        return stamp != null && e != null && e.stamp.equals(stamp) ? e.key : null;
    }

    /** The key remembered for this path if its files still hold this content. */
    synchronized String byContent(String path, String content) {
        Entry e = byPath.get(path);
        return e != null && e.content.equals(content) ? e.key : null;
    }

    /** Remembers a record file's content and key; {@code stamp} may be null (not safe to trust next time). */
    synchronized void remember(String p, String stamp, String content, String key, String id) {
        Entry e = new Entry(stamp == null ? "" : stamp, content, key, id);
        if (!e.equals(byPath.get(p))) {
            byPath.put(p, e);
            dirty = true;
        }
    }

    synchronized void flush() throws IOException {
        if (!dirty) return;
        List<List<String>> rows = new ArrayList<>();
        byPath.forEach((p, e) -> rows.add(List.of(p, e.stamp, e.content, e.key, e.id)));
        new CsvTable(HEADER, rows).write(file);
        dirty = false;
    }
}
