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
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;

/**
 * The records of a dataset as {@link RecordRef}s (read lazily): from a manifest (ids are its {@code record_id}s, so
 * the embedding table's rows line up with its labels; a row covering a window of a long record is cut to
 * {@code [start, start + n_samples)}; every row is checked against its header, {@link ManifestCheck}), or from a
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
            out.add(new RecordRef(row.recordId(), header, part, () -> window(reader.read(record), row, start, n),
                    () -> checkHeader(row, record)));
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

    /** Fails, naming the row and the fields, when the record's header contradicts its manifest row. */
    private static void checkHeader(ManifestRow row, Path record) throws IOException {
        WfdbHeader h = WfdbReader.readHeader(record);
        List<String> leads = new ArrayList<>();
        for (SignalSpec s : h.signals()) leads.add(LeadName.parse(s.description()).map(LeadName::label).orElse(s.description()));
        // a multi-segment master header lists no signals: its leads are checked when the record is read
        List<String> stated = h.isMultiSegment() && leads.isEmpty() ? row.leads() : leads;
        var shape = new ManifestCheck.HeaderShape(h.record().fs(), h.record().nSamples(), h.record().lengthKnown(), stated);
        Optional<String> problem = ManifestCheck.mismatch(row, shape);
        if (problem.isPresent()) throw new IOException(problem.get());
    }

    /** The row's part of the record: all of it for a whole-record row, else its window. */
    private static Record window(Record r, ManifestRow row, int start, int n) {
        if (!row.window()) {
            if (n != r.nSamples()) { // the header check passed, the signal file says otherwise: never crop silently
                throw new IllegalArgumentException((r.source() != null ? r.source() : r.id()) + ": manifest row " + row.recordId()
                        + " has n_samples " + n + ", the record read has " + r.nSamples());
            }
            return withId(r, row.recordId());
        }
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
