package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code records.csv} in the cache folder: for each record file (and part of a file) seen, its {@link FileStamp} and
 * content key, so a warm run knows a record's key without reading it. Rewritten atomically on flush.
 */
final class KeyMemo {

    static final List<String> HEADER = List.of("path", "stamp", "record_key", "record_id");

    private record Entry(String stamp, String key, String id) {}

    private final Path file;
    private final Map<String, Entry> byPath = new TreeMap<>();
    private boolean dirty;

    private KeyMemo(Path file) { this.file = file; }

    static KeyMemo open(Path file) throws IOException {
        KeyMemo m = new KeyMemo(file);
        if (Files.exists(file)) {
            for (List<String> r : CsvTable.read(file, HEADER).rows()) m.byPath.put(r.get(0), new Entry(r.get(1), r.get(2), r.get(3)));
        }
        return m;
    }

    /** The key remembered for this path, if its files still have this stamp. */
    synchronized String key(String path, String stamp) {
        Entry e = byPath.get(path);
        return e != null && e.stamp.equals(stamp) ? e.key : null;
    }

    synchronized void remember(String p, String stamp, String key, String id) {
        Entry e = new Entry(stamp, key, id);
        if (!e.equals(byPath.get(p))) {
            byPath.put(p, e);
            dirty = true;
        }
    }

    synchronized void flush() throws IOException {
        if (!dirty) return;
        List<List<String>> rows = new ArrayList<>();
        byPath.forEach((p, e) -> rows.add(List.of(p, e.stamp, e.key, e.id)));
        new CsvTable(HEADER, rows).write(file);
        dirty = false;
    }
}
