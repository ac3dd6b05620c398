package org.enecg.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report_label} from MIMIC-IV-ECG machine report text ({@code machine_measurements.csv} columns
 * {@code report_0 .. report_17}). The paper's classes are the 14 most frequent first statements; the label is
 * the class whose statement equals the first non-empty statement (normally {@code report_0}) after
 * {@link #normalise}, and {@link ReportLabel#OTHER} for any other statement. Later statements are not read:
 * they are findings that follow the rhythm line, and the authors' labels are built from the first line alone.
 */
public final class MachineReport {

    private static final Map<String, ReportLabel> STATEMENTS = Map.ofEntries(
            Map.entry("sinus rhythm", ReportLabel.SINUS_RHYTHM),
            Map.entry("sinus bradycardia", ReportLabel.SINUS_BRADYCARDIA),
            Map.entry("sinus tachycardia", ReportLabel.SINUS_TACHYCARDIA),
            Map.entry("atrial fibrillation", ReportLabel.ATRIAL_FIBRILLATION),
            Map.entry("sinus rhythm with borderline 1st degree av block", ReportLabel.SINUS_RHYTHM_BORDERLINE_1ST_DEGREE_AV_BLOCK),
            Map.entry("sinus rhythm with 1st degree av block", ReportLabel.SINUS_RHYTHM_1ST_DEGREE_AV_BLOCK),
            Map.entry("atrial fibrillation with rapid ventricular response", ReportLabel.ATRIAL_FIBRILLATION_RAPID_VENTRICULAR_RESPONSE),
            Map.entry("sinus arrhythmia", ReportLabel.SINUS_ARRHYTHMIA),
            Map.entry("sinus rhythm with pac s", ReportLabel.SINUS_RHYTHM_WITH_PACS),
            Map.entry("ventricular pacing", ReportLabel.VENTRICULAR_PACING),
            Map.entry("consider acute st elevation mi", ReportLabel.CONSIDER_ACUTE_STEMI),
            Map.entry("warning data quality may affect interpretation", ReportLabel.DATA_QUALITY_WARNING),
            Map.entry("sinus rhythm with pvc s", ReportLabel.SINUS_RHYTHM_WITH_PVCS),
            Map.entry("possible ectopic atrial rhythm", ReportLabel.POSSIBLE_ECTOPIC_ATRIAL_RHYTHM));

    private MachineReport() {}

    /**
     * Lower case; {@code A-V} and {@code AV} alike; {@code first} as {@code 1st}; every run of characters other
     * than letters and digits (asterisks, dashes, colons, full stops, parentheses) as one space; {@code PACs}
     * and {@code PVCs} as {@code PAC(s)}, {@code PVC(s)}. So {@code "*** CONSIDER ACUTE ST ELEVATION MI ***"}
     * becomes {@code "consider acute st elevation mi"}.
     */
    public static String normalise(String statement) {
        String s = statement.toLowerCase(Locale.ROOT).replace("a-v", "av");
        s = s.replaceAll("[^a-z0-9]+", " ").trim();
        s = s.replaceAll("\\bfirst degree\\b", "1st degree");
        s = s.replaceAll("\\bpacs\\b", "pac s").replaceAll("\\bpvcs\\b", "pvc s");
        return s;
    }

    /** The class of one statement. */
    public static ReportLabel classifyStatement(String statement) {
        return STATEMENTS.getOrDefault(normalise(statement), ReportLabel.OTHER);
    }

    /**
     * The class of a report given as its statements in order ({@code report_0} first); empty when every
     * statement is empty (no report: the label is missing, not "other").
     */
    public static java.util.Optional<ReportLabel> classify(List<String> statements) {
        for (String s : statements) {
            if (s != null && !s.isBlank()) return java.util.Optional.of(classifyStatement(s));
        }
        return java.util.Optional.empty();
    }
}
