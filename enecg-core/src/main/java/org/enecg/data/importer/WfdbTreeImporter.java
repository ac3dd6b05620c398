package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enecg.data.HeaderLabels;

/**
 * A folder tree of WFDB records with labels in their header comments ({@code #Age: 74}, {@code #<sex>: F},
 * {@code #Dx: 164889003,59118001}, any {@code # Key: value}; see {@link HeaderLabels}). Each {@code .hea} is one
 * record whose id is its name; its subject id comes from a comment naming the patient or subject ({@code # Patient ID: 7},
 * {@code # Subject: s7}, {@code # subject_id: 7}; {@link HeaderLabels#subjectId}), else it is the record id (one subject
 * per record), and the import's notes say for how many records each happened.
 * Two records with the same name in different folders: the second is reported and skipped.
 */
public final class WfdbTreeImporter implements Importer {
    private final RecordSource source;

    public WfdbTreeImporter(RecordSource source) { this.source = source; }

    @Override public String format() { return "wfdb"; }

    @Override
    public ImportResult importFrom(Path dir) throws IOException {
        List<Path> headers = HeaderRecords.headers(dir);
        ImportBuilder out = new ImportBuilder(HeaderRecords.base(dir), HeaderRecords.STANDARD_COLUMNS);
        if (headers.isEmpty()) {
            out.skip(dir, "no WFDB header (.hea) files in this folder or below");
            return out.build();
        }
        int named = 0, fallback = 0;
        for (Path h : headers) {
            Path recordPath = HeaderRecords.recordPath(h);
            if (out.skipIfTaken(recordPath.getFileName().toString(), h.toString())) continue;
            try {
                RecordSource.Shape rec = source.shape(recordPath);
                HeaderLabels comments = HeaderLabels.parse(rec.comments());
                Map<String, String> labels = HeaderRecords.labels(comments, true, h, out);
                String id = recordPath.getFileName().toString();
                Optional<String> subject = comments.subjectId();
                if (out.add(ImportBuilder.row(id, subject.orElse(id), out.relative(recordPath), rec, labels), h.toString())) {
                    if (subject.isPresent()) named++;
                    else fallback++;
                }
            } catch (IOException | RuntimeException e) {
                out.skip(h, ImportBuilder.message(e));
            }
        }
        if (named + fallback > 0) out.noteFirst(dir.toString(), subjectNote(named, fallback));
        return out.build();
    }

    /** The import summary's line about where subject ids came from. */
    static String subjectNote(int named, int fallback) {
        String s = "subject_id: " + named + " record(s) from a header comment naming the patient or subject";
        if (fallback == 0) return s;
        return s + ", " + fallback + " record(s) without one use their record id (each its own subject: subject-wise folds"
                + " cannot keep one person's ECGs together; add '# Patient ID: ...' to the headers or set subject_id in the manifest)";
    }
}
