package org.enecg.data.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.BatchResult.Skipped;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.io.Lead;

/** Mutable accumulator of an import in progress: rows, skipped records, notes; rejects duplicate record ids. */
final class ImportBuilder {
    private final Path baseDir;
    private final List<String> labelColumns;
    private final List<ManifestRow> rows = new ArrayList<>();
    private final Map<String, String> pathOfId = new HashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Skipped> notes = new ArrayList<>();

    /**
     * @param baseDir      folder that row paths are relative to
     * @param labelColumns columns written first, in this order; any other label column follows, sorted by name
     */
    ImportBuilder(Path baseDir, List<String> labelColumns) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.labelColumns = List.copyOf(labelColumns);
    }

    Path baseDir() { return baseDir; }

    /** The record's path as the manifest writes it: relative to the base folder, {@code /}-separated, no extension. */
    String relative(Path recordPath) {
        Path abs = recordPath.toAbsolutePath().normalize();
        String rel = abs.startsWith(baseDir) ? baseDir.relativize(abs).toString() : abs.toString();
        return rel.replace(java.io.File.separatorChar, '/');
    }

    /** A row for a whole record of this shape. */
    static ManifestRow row(String id, String subject, String path, RecordSource.Shape rec, Map<String, String> labels) {
        return new ManifestRow(id, subject, path, rec.fs(), rec.nSamples(), rec.leads(), labels);
    }

    /** Adds a row, or skips it when its id is taken (naming both sources). Returns whether it was added. */
    boolean add(ManifestRow row, String source) {
        String first = pathOfId.putIfAbsent(row.recordId(), source);
        if (first != null) {
            skip(source, "duplicate record name '" + row.recordId() + "' (already imported from " + first + ")");
            return false;
        }
        rows.add(row);
        return true;
    }

    /** Skips {@code source} when {@code id} is already imported (checked before reading, to save the read). */
    boolean skipIfTaken(String id, String source) {
        String first = pathOfId.get(id);
        if (first == null) return false;
        skip(source, "duplicate record name '" + id + "' (already imported from " + first + ")");
        return true;
    }

    void skip(String source, String message) { skipped.add(new Skipped(source, message)); }

    void skip(Path source, String message) { skip(source.toString(), message); }

    void note(String source, String message) { notes.add(new Skipped(source, message)); }

    /** A note about the whole import, listed before the notes about single records. */
    void noteFirst(String source, String message) { notes.add(0, new Skipped(source, message)); }

    int size() { return rows.size(); }

    ImportResult build() {
        java.util.TreeSet<String> others = new java.util.TreeSet<>();
        for (ManifestRow r : rows) for (String c : r.labels().keySet()) if (!labelColumns.contains(c)) others.add(c);
        List<String> cols = new ArrayList<>(labelColumns);
        cols.addAll(others);
        return new ImportResult(Manifest.of(baseDir, cols, rows), skipped, notes);
    }

    /** The message of an exception, with its type when it has none. */
    static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
