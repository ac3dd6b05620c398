package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.enecg.data.HeaderLabels;
import org.enecg.data.LudbDiagnoses;
import org.enecg.data.Manifest;

/**
 * LUDB (Lobachevsky University Electrocardiography Database): the folder holding {@code ludb.csv} and
 * {@code data/N.hea, N.dat, N.i ... N.v6}. Labels: {@code age}, {@code gender} and the diagnoses from
 * {@code ludb.csv}; {@code report_label} and {@code conduction_abnormality} from the diagnoses
 * (docs/report-label-mapping.md); {@code rr_interval} = mean interval between consecutive QRS peaks
 * ({@code N}) annotated in lead II ({@code N.ii}). LUDB annotates every beat between the first and the last
 * annotated one (the first and last second are left out), so the mean is over consecutive beats.
 * One subject per record (LUDB: 200 records, 200 subjects).
 */
public final class LudbImporter implements Importer {
    static final List<String> COLUMNS = List.of("rr_interval", "age", "gender", "report_label", "conduction_abnormality");
    private final RecordSource source;

    public LudbImporter(RecordSource source) { this.source = source; }

    @Override public String format() { return "ludb"; }

    @Override
    public ImportResult importFrom(Path dir) throws IOException {
        Path csv = dir.resolve("ludb.csv");
        if (!Files.isRegularFile(csv)) throw new NoSuchFileException(csv.toString(), null, "LUDB needs ludb.csv");
        Path data = Files.isDirectory(dir.resolve("data")) ? dir.resolve("data") : dir;
        ImportBuilder out = new ImportBuilder(dir, COLUMNS);
        List<LudbTable.Entry> entries = LudbTable.read(csv);
        if (entries.isEmpty()) out.skip(csv, "ludb.csv has no records");
        for (LudbTable.Entry e : entries) {
            Path recordPath = data.resolve(e.id());
            String where = csv + " line " + e.line() + " (record " + e.id() + ")";
            try {
                if (e.id().isEmpty()) throw new IllegalArgumentException("empty ID");
                RecordSource.Shape rec = source.shape(recordPath);
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("rr_interval", rrInterval(recordPath, rec.fs(), where, out));
                labels.put("age", label(() -> HeaderLabels.age(e.age()), where, out));
                labels.put("gender", label(() -> HeaderLabels.gender(e.sex()), where, out));
                labels.put("report_label", LudbDiagnoses.reportLabel(e.diagnoses()).map(l -> Integer.toString(l.index())).orElse(""));
                labels.put("conduction_abnormality",
                        LudbDiagnoses.conductionAbnormality(e.statements(LudbDiagnoses.CONDUCTION)) ? "1" : "0");
                out.add(ImportBuilder.row(e.id(), e.id(), out.relative(recordPath), rec, labels), where);
            } catch (IOException | RuntimeException ex) {
                out.skip(where, ImportBuilder.message(ex));
            }
        }
        return out.build();
    }

    private String rrInterval(Path recordPath, double fs, String where, ImportBuilder out) {
        Path ann = recordPath.resolveSibling(recordPath.getFileName() + ".ii");
        try {
            List<Long> beats = new ArrayList<>();
            for (RecordSource.Mark m : source.annotations(ann)) if (m.symbol().equals("N")) beats.add(m.sample());
            OptionalDouble rr = AnnotatedRr.meanMs(beats, 0, Long.MAX_VALUE, fs);
            if (rr.isEmpty()) out.note(where, ann.getFileName() + " has fewer than 2 QRS annotations: rr_interval left empty");
            return rr.isPresent() ? Manifest.formatNumber(rr.getAsDouble()) : "";
        } catch (IOException | RuntimeException ex) {
            out.note(where, "lead II annotations unreadable (" + ImportBuilder.message(ex) + "): rr_interval left empty");
            return "";
        }
    }

    private interface Parse { OptionalDouble get(); }

    private static String label(Parse p, String where, ImportBuilder out) {
        try {
            OptionalDouble v = p.get();
            return v.isPresent() ? Manifest.formatNumber(v.getAsDouble()) : "";
        } catch (IllegalArgumentException ex) {
            out.note(where, ex.getMessage() + "; label left empty");
            return "";
        }
    }
}
