package org.enecg.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.enecg.util.AtomicFiles;

/**
 * A dataset: one row per record with {@code record_id, subject_id, path, fs, n_samples, leads}, then label
 * columns (DESIGN.md sections 5-6). Paths in the file are relative to the manifest's folder (or absolute);
 * in memory they are kept as written and resolved against {@link #baseDir()}, and {@link #write} rewrites them
 * relative to wherever the manifest is written. Record ids are unique; an empty label cell is a missing label.
 */
public final class Manifest {
    /** The fixed columns, in file order; label columns follow them. */
    public static final List<String> FIXED_COLUMNS =
            List.of("record_id", "subject_id", "path", "fs", "n_samples", "leads");
    /**
     * Optional column after {@code leads}: first sample of a window ({@link ManifestRow#start()}); written only
     * when some row is a window, empty for whole-record rows. A row whose cell is set is a window
     * ({@link ManifestRow#window()}); an empty cell or no column is a whole record.
     */
    public static final String START_COLUMN = "start";

    private final Path baseDir;
    private final List<String> labelColumns;
    private final List<ManifestRow> rows;
    private final Map<String, Integer> byId;

    private Manifest(Path baseDir, List<String> labelColumns, List<ManifestRow> rows) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.labelColumns = List.copyOf(labelColumns);
        this.rows = List.copyOf(rows);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < this.rows.size(); i++) {
            ManifestRow r = this.rows.get(i);
            if (ids.putIfAbsent(r.recordId(), i) != null) {
                throw new IllegalArgumentException("duplicate record_id '" + r.recordId() + "'");
            }
            for (String c : r.labels().keySet()) {
                if (!this.labelColumns.contains(c)) {
                    throw new IllegalArgumentException("record " + r.recordId() + ": label column " + c + " not in " + this.labelColumns);
                }
            }
        }
        for (String c : this.labelColumns) {
            if (FIXED_COLUMNS.contains(c) || c.equals(START_COLUMN)) throw new IllegalArgumentException("label column '" + c + "' clashes with a fixed column");
        }
        this.byId = ids;
    }

    /**
     * A manifest of {@code rows} whose relative paths are relative to {@code baseDir}. Label columns are
     * those of {@code labelColumns} followed by any other label found in the rows, in first-seen order.
     */
    public static Manifest of(Path baseDir, List<String> labelColumns, List<ManifestRow> rows) {
        Set<String> cols = new LinkedHashSet<>(labelColumns);
        for (ManifestRow r : rows) cols.addAll(r.labels().keySet());
        return new Manifest(baseDir, new ArrayList<>(cols), rows);
    }

    public static Manifest of(Path baseDir, List<ManifestRow> rows) { return of(baseDir, List.of(), rows); }

    public Path baseDir() { return baseDir; }

    public List<String> labelColumns() { return labelColumns; }

    public List<ManifestRow> rows() { return rows; }

    public int size() { return rows.size(); }

    public boolean hasColumn(String column) { return labelColumns.contains(column); }

    public Optional<ManifestRow> row(String recordId) {
        Integer i = byId.get(recordId);
        return i == null ? Optional.empty() : Optional.of(rows.get(i));
    }

    /** The absolute path of a row's record (the WFDB record name, or the file written in the manifest). */
    public Path recordPath(ManifestRow row) {
        return baseDir.resolve(row.path()).normalize();
    }

    /** Rows of this manifest followed by those of {@code other}; ids must stay unique. */
    public Manifest concat(Manifest other) {
        List<ManifestRow> all = new ArrayList<>();
        for (ManifestRow r : rows) all.add(r.withPath(recordPath(r).toString()));
        for (ManifestRow r : other.rows) all.add(r.withPath(other.recordPath(r).toString()));
        List<String> cols = new ArrayList<>(labelColumns);
        for (String c : other.labelColumns) if (!cols.contains(c)) cols.add(c);
        return of(baseDir, cols, all);
    }

    // ---------------------------------------------------------------- reading

    /** Reads a manifest; errors name the file and line (missing columns, duplicate ids, bad numbers). */
    public static Manifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "manifest not found");
        List<ManifestRow> rows = new ArrayList<>();
        List<String> labelColumns = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (CsvRows csv = CsvRows.open(file)) {
            List<String> missing = csv.missing(FIXED_COLUMNS);
            if (!missing.isEmpty()) {
                throw new ManifestException(file, 1, "missing column(s) " + String.join(", ", missing)
                        + "; a manifest needs " + String.join(", ", FIXED_COLUMNS) + " then label columns");
            }
            for (String h : csv.header()) {
                if (!h.isEmpty() && !FIXED_COLUMNS.contains(h) && !h.equals(START_COLUMN)) labelColumns.add(h);
            }
            boolean hasStart = csv.header().contains(START_COLUMN);
            while (csv.hasNext()) {
                CsvRow r = csv.next();
                String id = r.get("record_id");
                if (id.isEmpty()) throw new ManifestException(file, r.line(), "empty record_id");
                Integer seen = firstLine.putIfAbsent(id, r.line());
                if (seen != null) {
                    throw new ManifestException(file, r.line(), "duplicate record_id '" + id + "' (first on line " + seen + ")");
                }
                String subject = r.get("subject_id");
                if (subject.isEmpty()) throw new ManifestException(file, r.line(), "record " + id + ": empty subject_id");
                String path = r.get("path");
                if (path.isEmpty()) throw new ManifestException(file, r.line(), "record " + id + ": empty path");
                double fs = parseNumber(file, r, "fs");
                if (!(fs > 0) || Double.isInfinite(fs)) {
                    throw new ManifestException(file, r.line(), "record " + id + ": fs must be positive, found '" + r.get("fs") + "'");
                }
                double n = parseNumber(file, r, "n_samples");
                if (n < 0 || n != Math.rint(n) || n > Integer.MAX_VALUE) {
                    throw new ManifestException(file, r.line(), "record " + id + ": n_samples must be a whole number >= 0, found '"
                            + r.get("n_samples") + "'");
                }
                String leadCell = r.get("leads");
                List<String> leads = leadCell.isEmpty() ? List.of() : Arrays.asList(leadCell.split("\\s+"));
                Map<String, String> labels = new java.util.LinkedHashMap<>();
                for (String c : labelColumns) labels.put(c, r.get(c));
                int start = 0;
                boolean window = hasStart && !r.get(START_COLUMN).isEmpty();
                if (window) {
                    double st = parseNumber(file, r, START_COLUMN);
                    if (st < 0 || st != Math.rint(st) || st > Integer.MAX_VALUE) {
                        throw new ManifestException(file, r.line(), "record " + id + ": start must be a whole number >= 0, found '"
                                + r.get(START_COLUMN) + "'");
                    }
                    start = (int) st;
                }
                rows.add(new ManifestRow(id, subject, path, fs, (int) n, leads, labels, start, window));
            }
        }
        return new Manifest(file.toAbsolutePath().getParent(), labelColumns, rows);
    }

    private static double parseNumber(Path file, CsvRow r, String column) throws ManifestException {
        String v = r.get(column);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ManifestException(file, r.line(), "record " + r.get("record_id") + ": " + column
                    + " is not a number: '" + v + "'");
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes the manifest atomically (temporary file, then rename). Record paths are written relative to
     * {@code file}'s folder, with {@code /} separators, so the manifest and its data can move together.
     */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        AtomicFiles.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            boolean windows = rows.stream().anyMatch(ManifestRow::window);
            List<String> header = new ArrayList<>(FIXED_COLUMNS);
            if (windows) header.add(START_COLUMN);
            header.addAll(labelColumns);
            writeLine(w, header);
            for (ManifestRow r : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(r.recordId());
                cells.add(r.subjectId());
                cells.add(relativePath(dir, recordPath(r)));
                cells.add(formatNumber(r.fs()));
                cells.add(Integer.toString(r.nSamples()));
                cells.add(String.join(" ", r.leads()));
                if (windows) cells.add(r.window() ? Integer.toString(r.start()) : "");
                for (String c : labelColumns) cells.add(r.label(c));
                writeLine(w, cells);
            }
            w.flush();
        });
    }

    /** {@code target} relative to {@code dir} with {@code /} separators, or absolute when no relative path exists. */
    public static String relativePath(Path dir, Path target) {
        try {
            if (Objects.equals(dir.getRoot(), target.getRoot())) {
                return dir.relativize(target).toString().replace(java.io.File.separatorChar, '/');
            }
        } catch (IllegalArgumentException e) {
            // different file systems or roots: keep the absolute path
        }
        return target.toString();
    }

    /** Whole numbers without a decimal point ({@code 500}), others in shortest round-trip form ({@code 62.4725}). */
    public static String formatNumber(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static void writeLine(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(cells.get(i)));
        }
        w.write('\n');
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
