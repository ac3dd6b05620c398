package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestCheck;
import org.enecg.data.ManifestRow;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;

/**
 * The records of a dataset as {@link RecordRef}s (read lazily): from a manifest (ids are its {@code record_id}s, so
 * the embedding table's rows line up with its labels; a row covering a window of a long record is cut to
 * {@code [start, start + n_samples)}; every row is checked against the record read, {@link ManifestCheck}, and its
 * fields are part of the record's stamp so a cached record is read and checked again when its row changes), or from a
 * plain list of header paths.
 */
public final class RecordRefs {

    /** Reads the record whose header (or record name) is the given path: the WFDB reader. */
    @FunctionalInterface
    public interface PathReader {
        Record read(Path record) throws IOException;
    }

    private RecordRefs() {}

    /** The manifest's records, in its order. */
    public static List<RecordRef> of(Manifest manifest, PathReader reader) {
        List<RecordRef> out = new ArrayList<>(manifest.size());
        for (ManifestRow row : manifest.rows()) {
            Path record = manifest.recordPath(row);
            Path header = headerOf(record);
            int start = row.start(), n = row.nSamples();
            String part = start > 0 ? start + "+" + n : "";
            String declared = Manifest.formatNumber(row.fs()) + " " + n + " " + start + (row.window() ? " window " : " whole ")
                    + String.join(" ", row.leads());
            out.add(new RecordRef(row.recordId(), header, part, () -> window(checked(reader.read(record), row), row, start, n), declared));
        }
        return out;
    }

    /**
     * A text file listing header paths, one per line, relative to the file ({@code #} comments and blank lines
     * ignored); the id is the line as written, without {@code .hea}.
     */
    public static List<RecordRef> headerList(Path file, PathReader reader) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        List<RecordRef> out = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Path header = base.resolve(line).normalize();
            String id = line.replace('\\', '/');
            if (id.endsWith(".hea")) id = id.substring(0, id.length() - 4);
            out.add(new RecordRef(id, header, () -> reader.read(header)));
        }
        if (out.isEmpty()) throw new IOException(file + ": the record list is empty");
        return out;
    }

    /** The header file of a manifest path (a record name without extension, or a .hea file). */
    private static Path headerOf(Path record) {
        try {
            return WfdbReader.headerPath(record);
        } catch (IOException e) {
            return record; // a missing file is reported when the record is embedded, naming it
        }
    }

    /** The record read, or an error naming the row and each field when it contradicts its manifest row. */
    private static Record checked(Record r, ManifestRow row) throws IOException {
        List<String> leads = new ArrayList<>(r.nLeads());
        for (Lead l : r.leads()) leads.add(l.label());
        Optional<String> problem = ManifestCheck.mismatch(row, new ManifestCheck.RecordShape(r.fs(), r.nSamples(), true, leads));
        if (problem.isPresent()) throw new IOException(problem.get()); // reported beside the record's file
        return r;
    }

    /** The row's part of the record: all of it for a whole-record row, else its window. */
    private static Record window(Record r, ManifestRow row, int start, int n) {
        if (!row.window()) return withId(r, row.recordId()); // checked: the whole record, never a silent crop
        if (start + n > r.nSamples() || n == 0) {
            throw new IllegalArgumentException((r.source() != null ? r.source() : r.id()) + ": manifest row "
                    + row.recordId() + " covers samples [" + start + ", " + (start + n) + "), the record has " + r.nSamples());
        }
        return withId(r.slice(start, start + n), row.recordId());
    }

    private static Record withId(Record r, String id) {
        return new Record(id, r.fs(), r.leads(), r.comments(), r.source());
    }
}
