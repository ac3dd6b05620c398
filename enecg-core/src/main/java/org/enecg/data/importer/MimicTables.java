package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enecg.data.CsvRow;
import org.enecg.data.CsvRows;

/**
 * The MIMIC-IV tables the MIMIC-IV-ECG importer joins, read by streaming (labevents.csv has over 100 million
 * rows) and keeping only what the ECGs at hand need. Column names are MIMIC-IV's own.
 */
final class MimicTables {
    /** {@code machine_measurements.csv}: the machine's intervals (ms) and axes (degrees). */
    static final List<String> MEASUREMENTS = List.of("rr_interval", "p_onset", "p_end", "qrs_onset", "qrs_end",
            "t_end", "p_axis", "qrs_axis", "t_axis");
    /** MIMIC-IV-ECG's value for "not measured" in {@code machine_measurements.csv} (the authors drop it too). */
    static final double NOT_MEASURED = 29999;
    /** Potassium in {@code labevents}: 50971 (Chemistry, blood) and 50822 (Blood Gas, whole blood). */
    static final Set<String> POTASSIUM_ITEMIDS = Set.of("50971", "50822");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");

    /** One machine report: its statements in order and its measurements by column (text as written). */
    record Measurements(List<String> statements, Map<String, String> values) {}

    /** One patient: anchor age and year, and gender as written ({@code F}/{@code M}). */
    record Patient(String anchorAge, String anchorYear, String gender) {}

    /** One potassium result: when it was charted, its value (mmol/L) and the lab's flag ({@code abnormal} or empty). */
    record Lab(LocalDateTime time, String value, String flag, String itemid) {}

    private MimicTables() {}

    static LocalDateTime time(String text, CsvRow where) throws IOException {
        try {
            return LocalDateTime.parse(text.strip().replace('T', ' '), TIME);
        } catch (DateTimeParseException e) {
            throw new IOException(where.where() + ": time '" + text + "' is not yyyy-MM-dd HH:mm:ss");
        }
    }

    /** Reports of the studies in {@code studies}, by study_id. */
    static Map<String, Measurements> measurements(Path csv, Set<String> studies) throws IOException {
        Map<String, Measurements> out = new HashMap<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.require(List.of("study_id", "report_0"));
            List<String> reportColumns = new ArrayList<>();
            for (int k = 0; rows.header().contains("report_" + k); k++) reportColumns.add("report_" + k);
            while (rows.hasNext()) {
                CsvRow r = rows.next();
                String study = r.get("study_id");
                if (!studies.contains(study)) continue;
                List<String> statements = new ArrayList<>();
                for (String c : reportColumns) statements.add(r.get(c));
                Map<String, String> values = new HashMap<>();
                for (String c : MEASUREMENTS) values.put(c, r.get(c));
                out.putIfAbsent(study, new Measurements(statements, values));
            }
        }
        return out;
    }

    /** Patients of {@code subjects} from MIMIC-IV hosp {@code patients.csv}. */
    static Map<String, Patient> patients(Path csv, Set<String> subjects) throws IOException {
        Map<String, Patient> out = new HashMap<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.require(List.of("subject_id", "gender", "anchor_age"));
            while (rows.hasNext()) {
                CsvRow r = rows.next();
                if (subjects.contains(r.get("subject_id"))) {
                    out.put(r.get("subject_id"), new Patient(r.get("anchor_age"), r.get("anchor_year"), r.get("gender")));
                }
            }
        }
        return out;
    }

    /** Potassium results of {@code subjects} from MIMIC-IV hosp {@code labevents.csv}, by subject. */
    static Map<String, List<Lab>> potassium(Path csv, Set<String> subjects) throws IOException {
        Map<String, List<Lab>> out = new HashMap<>();
        try (CsvRows rows = CsvRows.open(csv)) {
            rows.require(List.of("subject_id", "itemid", "charttime", "valuenum", "flag"));
            while (rows.hasNext()) {
                CsvRow r = rows.next();
                if (!POTASSIUM_ITEMIDS.contains(r.get("itemid")) || !subjects.contains(r.get("subject_id"))) continue;
                out.computeIfAbsent(r.get("subject_id"), k -> new ArrayList<>())
                        .add(new Lab(time(r.get("charttime"), r), r.get("valuenum"), r.get("flag"), r.get("itemid")));
            }
        }
        return out;
    }
}
