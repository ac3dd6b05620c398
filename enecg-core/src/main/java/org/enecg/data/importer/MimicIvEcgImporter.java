package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.enecg.data.HeaderLabels;
import org.enecg.data.MachineReport;
import org.enecg.data.Manifest;
import org.enecg.data.ReportLabel;

/**
 * MIMIC-IV-ECG (the folder with {@code record_list.csv}, {@code machine_measurements.csv} and
 * {@code files/pNNNN/pXXXXXXXX/sYYYYYYYY/YYYYYYYY.hea/.dat}). Record id = {@code study_id}, subject =
 * {@code subject_id}. Labels:
 * <ul>
 * <li>{@code rr_interval} and the other machine measurements ({@code p_onset} ... {@code t_axis}), with 29999
 *     ("not measured") left empty;</li>
 * <li>{@code report_label} from the first machine statement ({@link MachineReport});</li>
 * <li>with MIMIC-IV hosp {@code patients.csv}: {@code age} = {@code anchor_age} (the paper's label), also
 *     {@code age_at_ecg} = anchor_age + (year of the ECG − anchor_year), and {@code gender} (F 1, M 0);</li>
 * <li>with {@code labevents.csv}: {@code flag} = 1 when the potassium result (itemid 50971 or 50822) nearest in
 *     time to the ECG, within ± {@code labWindowHours}, is flagged {@code abnormal} by the lab, else 0; no result
 *     in the window leaves it empty; {@code potassium} holds that result (mmol/L). Ties go to the earlier one.</li>
 * </ul>
 */
public final class MimicIvEcgImporter implements Importer {
    public static final double DEFAULT_LAB_WINDOW_HOURS = 12;
    static final List<String> COLUMNS;
    static {
        List<String> c = new ArrayList<>(List.of("rr_interval", "age", "gender", "flag", "report_label", "age_at_ecg", "potassium"));
        for (String m : MimicTables.MEASUREMENTS) if (!c.contains(m)) c.add(m);
        COLUMNS = List.copyOf(c);
    }

    private final RecordSource source;
    private final Path patients;
    private final Path labevents;
    private final double labWindowHours;

    /**
     * @param patients       MIMIC-IV {@code hosp/patients.csv}, or null
     * @param labevents      MIMIC-IV {@code hosp/labevents.csv}, or null
     * @param labWindowHours how far from the ECG a potassium result may be, in hours (either side)
     */
    public MimicIvEcgImporter(RecordSource source, Path patients, Path labevents, double labWindowHours) {
        if (!(labWindowHours > 0)) throw new IllegalArgumentException("lab window must be positive hours, found " + labWindowHours);
        this.source = source;
        this.patients = patients;
        this.labevents = labevents;
        this.labWindowHours = labWindowHours;
    }

    public MimicIvEcgImporter(RecordSource source) { this(source, null, null, DEFAULT_LAB_WINDOW_HOURS); }

    @Override public String format() { return "mimic-iv-ecg"; }

    private record Study(String subject, String study, String path, LocalDateTime time, String where) {}

    @Override
    public ImportResult importFrom(Path dir) throws IOException {
        Path recordList = dir.resolve("record_list.csv");
        if (!Files.isRegularFile(recordList)) {
            throw new NoSuchFileException(recordList.toString(), null, "MIMIC-IV-ECG needs record_list.csv");
        }
        ImportBuilder out = new ImportBuilder(dir, COLUMNS);
        List<Study> studies = new ArrayList<>();
        try (var rows = org.enecg.data.CsvRows.open(recordList)) {
            rows.require(List.of("subject_id", "study_id", "ecg_time", "path"));
            while (rows.hasNext()) {
                var r = rows.next();
                try {
                    if (r.get("study_id").isEmpty() || r.get("subject_id").isEmpty() || r.get("path").isEmpty()) {
                        throw new IOException("empty subject_id, study_id or path");
                    }
                    studies.add(new Study(r.get("subject_id"), r.get("study_id"), r.get("path"),
                            MimicTables.time(r.get("ecg_time"), r), r.where()));
                } catch (IOException e) {
                    out.skip(r.where(), ImportBuilder.message(e));
                }
            }
        }
        if (studies.isEmpty()) out.skip(recordList, "record_list.csv lists no usable ECGs");
        Set<String> studyIds = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        for (Study s : studies) { studyIds.add(s.study()); subjects.add(s.subject()); }

        Path mm = dir.resolve("machine_measurements.csv");
        Map<String, MimicTables.Measurements> reports = Files.isRegularFile(mm) ? MimicTables.measurements(mm, studyIds) : Map.of();
        if (!Files.isRegularFile(mm)) out.note(mm.toString(), "not found: rr_interval, report_label and measurements left empty");
        Map<String, MimicTables.Patient> people = patients != null ? MimicTables.patients(patients, subjects) : Map.of();
        Map<String, List<MimicTables.Lab>> labs = labevents != null ? MimicTables.potassium(labevents, subjects) : Map.of();

        Map<String, Integer> notMeasured = new TreeMap<>();
        int noReport = 0;
        for (Study s : studies) {
            Path recordPath = dir.resolve(s.path());
            try {
                RecordSource.Shape rec = source.shape(recordPath);
                Map<String, String> labels = new LinkedHashMap<>();
                MimicTables.Measurements m = reports.get(s.study());
                if (m != null) {
                    for (String c : MimicTables.MEASUREMENTS) labels.put(c, measurement(m.values().get(c), c, notMeasured, s.where(), out));
                    Optional<ReportLabel> rl = MachineReport.classify(m.statements());
                    labels.put("report_label", rl.map(l -> Integer.toString(l.index())).orElse(""));
                    if (rl.isEmpty()) noReport++;
                } else if (!reports.isEmpty()) {
                    noReport++;
                }
                if (patients != null) patientLabels(people.get(s.subject()), s, labels, out);
                if (labevents != null) potassiumLabels(labs.getOrDefault(s.subject(), List.of()), s.time(), labels);
                out.add(ImportBuilder.row(s.study(), s.subject(), out.relative(recordPath), rec, labels), s.where());
            } catch (IOException | RuntimeException e) {
                out.skip(s.where() + " (" + recordPath + ")", ImportBuilder.message(e));
            }
        }
        notMeasured.forEach((c, n) -> out.note(mm.toString(), n + " value(s) of " + c + " are 29999 (not measured): left empty"));
        if (noReport > 0 && !reports.isEmpty()) out.note(mm.toString(), noReport + " ECG(s) without a machine report: report_label left empty");
        return out.build();
    }

    private static String measurement(String text, String column, Map<String, Integer> notMeasured, String where,
                                      ImportBuilder out) {
        if (text == null || text.isEmpty()) return "";
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            out.note(where, "machine_measurements " + column + " is not a number: '" + text + "': left empty");
            return "";
        }
        if (v == MimicTables.NOT_MEASURED) {
            notMeasured.merge(column, 1, Integer::sum);
            return "";
        }
        return Manifest.formatNumber(v);
    }

    private static void patientLabels(MimicTables.Patient p, Study s, Map<String, String> labels, ImportBuilder out) {
        if (p == null) {
            out.note(s.where(), "subject " + s.subject() + " not in patients.csv: age and gender left empty");
            labels.put("age", "");
            labels.put("gender", "");
            return;
        }
        labels.put("age", p.anchorAge());
        String ageAtEcg = "";
        if (!p.anchorAge().isEmpty() && !p.anchorYear().isEmpty()) {
            try {
                int a = Integer.parseInt(p.anchorAge()) + s.time().getYear() - Integer.parseInt(p.anchorYear());
                ageAtEcg = Integer.toString(a);
            } catch (NumberFormatException e) {
                out.note(s.where(), "anchor_age/anchor_year not whole numbers: age_at_ecg left empty");
            }
        }
        labels.put("age_at_ecg", ageAtEcg);
        try {
            var g = HeaderLabels.gender(p.gender());
            labels.put("gender", g.isPresent() ? Manifest.formatNumber(g.getAsDouble()) : "");
        } catch (IllegalArgumentException e) {
            out.note(s.where(), "patients.csv " + e.getMessage() + ": gender left empty");
            labels.put("gender", "");
        }
    }

    private void potassiumLabels(List<MimicTables.Lab> labs, LocalDateTime ecg, Map<String, String> labels) {
        long window = Math.round(labWindowHours * 3600);
        MimicTables.Lab best = null;
        long bestGap = Long.MAX_VALUE;
        for (MimicTables.Lab l : labs) {
            if (l.value().isEmpty()) continue;
            long gap = Math.abs(Duration.between(ecg, l.time()).getSeconds());
            if (gap > window) continue;
            if (gap < bestGap || (gap == bestGap && l.time().isBefore(best.time()))) {
                best = l;
                bestGap = gap;
            }
        }
        labels.put("flag", best == null ? "" : best.flag().equalsIgnoreCase("abnormal") ? "1" : "0");
        labels.put("potassium", best == null ? "" : best.value());
    }
}
