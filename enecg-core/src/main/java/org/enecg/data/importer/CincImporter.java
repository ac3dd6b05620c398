package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.enecg.data.HeaderLabels;

/**
 * PhysioNet/CinC Challenge 2020/2021 records (WFDB header + MATLAB v4 {@code .mat}): {@code age}, {@code gender},
 * and from the {@code #Dx} SNOMED-CT codes {@code report_label} (docs/report-label-mapping.md),
 * {@code conduction_abnormality} and {@code dx}. {@code rr_interval} is left empty: the Challenge has no beat
 * annotations, and a label from a QRS detector would be the detector's answer, not a reference.
 *
 * <p>Subjects: one per record (the Challenge headers carry no patient id), except the PTB Diagnostic records of
 * {@link PtbSubjects}, which are grouped by patient.
 */
public final class CincImporter implements Importer {
    private final RecordSource source;

    public CincImporter(RecordSource source) { this.source = source; }

    @Override public String format() { return "cinc"; }

    @Override
    public ImportResult importFrom(Path dir) throws IOException {
        List<Path> headers = HeaderRecords.headers(dir);
        ImportBuilder out = new ImportBuilder(HeaderRecords.base(dir), List.of("age", "gender", "report_label", "conduction_abnormality", "dx"));
        if (headers.isEmpty()) {
            out.skip(dir, "no WFDB header (.hea) files in this folder or below");
            return out.build();
        }
        for (Path h : headers) {
            Path recordPath = HeaderRecords.recordPath(h);
            if (out.skipIfTaken(recordPath.getFileName().toString(), h.toString())) continue;
            try {
                RecordSource.Shape rec = source.shape(recordPath);
                HeaderLabels hl = HeaderLabels.parse(rec.comments());
                if (hl.dxCodes().isEmpty()) {
                    out.note(h.toString(), "no #Dx codes: report_label and conduction_abnormality left empty");
                }
                Map<String, String> labels = HeaderRecords.labels(hl, false, h, out);
                String id = recordPath.getFileName().toString();
                out.add(ImportBuilder.row(id, PtbSubjects.subjectOf(id), out.relative(recordPath), rec, labels), h.toString());
            } catch (IOException | RuntimeException e) {
                out.skip(h, ImportBuilder.message(e));
            }
        }
        return out.build();
    }
}
