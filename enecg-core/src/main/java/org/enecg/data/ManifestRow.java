package org.enecg.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a dataset: who it belongs to, where its file is, its shape, and its labels.
 *
 * @param recordId  unique within the manifest, e.g. {@code ludb/1}, {@code cinc/A0001}
 * @param subjectId the person the ECG is from; cross-validation splits by it, so ECGs of one person
 *                  never land in both a training and a test fold
 * @param path      the record's path as written in the manifest: the WFDB record name without extension
 *                  (or a {@code .hea} file), relative to the manifest's folder or absolute
 * @param fs        sampling frequency in Hz, from the record's header
 * @param nSamples  samples per lead
 * @param leads     lead names in file order (standard spelling where known)
 * @param labels    label column to cell text; an empty cell is a missing label
 * @param start     first sample of the record this row covers; the row is samples
 *                  {@code [start, start + nSamples)} (0 and the record's length for a whole record; a window of
 *                  a long record otherwise, e.g. 10-s windows of MIT-BIH 100)
 * @param window    true when the row is a window of a longer record (the manifest's {@code start} column is set):
 *                  only such a row may cover fewer samples than the header has; a whole-record row must match the
 *                  header's {@code fs}, {@code n_samples} and {@code leads} ({@link ManifestCheck})
 */
public record ManifestRow(String recordId, String subjectId, String path, double fs, int nSamples,
                          List<String> leads, Map<String, String> labels, int start, boolean window) {

    /** A row for a whole record: its header must agree with {@code fs}, {@code nSamples} and {@code leads}. */
    public ManifestRow(String recordId, String subjectId, String path, double fs, int nSamples,
                       List<String> leads, Map<String, String> labels) {
        this(recordId, subjectId, path, fs, nSamples, leads, labels, 0, false);
    }

    /** A row starting at {@code start}: a window when {@code start > 0}, else a whole record. */
    public ManifestRow(String recordId, String subjectId, String path, double fs, int nSamples,
                       List<String> leads, Map<String, String> labels, int start) {
        this(recordId, subjectId, path, fs, nSamples, leads, labels, start, start > 0);
    }

    public ManifestRow {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(path, "path");
        if (recordId.isBlank()) throw new IllegalArgumentException("record_id must not be empty");
        if (subjectId.isBlank()) throw new IllegalArgumentException("record " + recordId + ": subject_id must not be empty");
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException("record " + recordId + ": fs must be positive, found " + fs);
        }
        if (start < 0) throw new IllegalArgumentException("record " + recordId + ": start must be >= 0, found " + start);
        if (nSamples < 0) throw new IllegalArgumentException("record " + recordId + ": n_samples must be >= 0, found " + nSamples);
        leads = List.copyOf(leads);
        Map<String, String> copy = new LinkedHashMap<>();
        labels.forEach((k, v) -> copy.put(k, v == null ? "" : v.trim()));
        labels = java.util.Collections.unmodifiableMap(copy);
    }

    /** The label cell of {@code column}, or empty when absent or missing. */
    public String label(String column) {
        String v = labels.get(column);
        return v == null ? "" : v;
    }

    /** The label as a number, NaN when missing; an unparseable cell is an error naming record and column. */
    public double numericLabel(String column) {
        String v = label(column);
        if (v.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("record " + recordId + ": label " + column + " is not a number: '" + v + "'");
        }
    }

    /** A copy with one label set (an empty value removes nothing: it records a missing label). */
    public ManifestRow withLabel(String column, String value) {
        Map<String, String> m = new LinkedHashMap<>(labels);
        m.put(column, value);
        return new ManifestRow(recordId, subjectId, path, fs, nSamples, leads, m, start, window);
    }

    /** A copy with a different path (used when a manifest is written to another folder). */
    public ManifestRow withPath(String newPath) {
        return new ManifestRow(recordId, subjectId, newPath, fs, nSamples, leads, labels, start, window);
    }

    /** A copy with the record and subject ids prefixed, e.g. {@code ludb/} (keeps ids unique across sources). */
    public ManifestRow withPrefix(String prefix) {
        return new ManifestRow(prefix + recordId, prefix + subjectId, path, fs, nSamples, leads, labels, start, window);
    }
}
