package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.enecg.data.HeaderLabels;

/**
 * A folder tree of WFDB records with labels in their header comments ({@code #Age: 74}, {@code #<sex>: F},
 * {@code #Dx: 164889003,59118001}, any {@code # Key: value}; see {@link HeaderLabels}). Each {@code .hea} is one
 * record whose id is its name; subject id = record id (one subject per record: headers do not say otherwise).
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
        for (Path h : headers) {
            Path recordPath = HeaderRecords.recordPath(h);
            if (out.skipIfTaken(recordPath.getFileName().toString(), h.toString())) continue;
            try {
                RecordSource.Shape rec = source.shape(recordPath);
                Map<String, String> labels = HeaderRecords.labels(HeaderLabels.parse(rec.comments()), true, h, out);
                String id = recordPath.getFileName().toString();
                out.add(ImportBuilder.row(id, id, out.relative(recordPath), rec, labels), h.toString());
            } catch (IOException | RuntimeException e) {
                out.skip(h, ImportBuilder.message(e));
            }
        }
        return out.build();
    }
}
