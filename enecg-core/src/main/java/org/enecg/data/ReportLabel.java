package org.enecg.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The paper's 15-class {@code report_label} (DESIGN.md section 5). In MIMIC-IV-ECG the classes are the 14
 * most frequent first statements of the machine report plus "other"; {@link MachineReport} reads them from the
 * text. CinC SNOMED-CT codes and LUDB diagnoses are first turned into {@link RhythmFinding}s and then into one
 * class by {@link #fromFindings}, which asks: which of these statements would a cart have printed first?
 * The full mapping, with its reasons, is the table in {@code docs/report-label-mapping.md}.
 */
public enum ReportLabel {
    SINUS_RHYTHM("sinus rhythm"),
    SINUS_BRADYCARDIA("sinus bradycardia"),
    SINUS_TACHYCARDIA("sinus tachycardia"),
    ATRIAL_FIBRILLATION("atrial fibrillation"),
    SINUS_RHYTHM_BORDERLINE_1ST_DEGREE_AV_BLOCK("sinus rhythm with borderline 1st degree AV block"),
    SINUS_RHYTHM_1ST_DEGREE_AV_BLOCK("sinus rhythm with 1st degree AV block"),
    ATRIAL_FIBRILLATION_RAPID_VENTRICULAR_RESPONSE("atrial fibrillation with rapid ventricular response"),
    SINUS_ARRHYTHMIA("sinus arrhythmia"),
    SINUS_RHYTHM_WITH_PACS("sinus rhythm with PAC(s)"),
    VENTRICULAR_PACING("ventricular pacing"),
    CONSIDER_ACUTE_STEMI("consider acute ST elevation MI"),
    DATA_QUALITY_WARNING("warning: data quality may affect interpretation"),
    SINUS_RHYTHM_WITH_PVCS("sinus rhythm with PVC(s)"),
    POSSIBLE_ECTOPIC_ATRIAL_RHYTHM("possible ectopic atrial rhythm"),
    OTHER("other");

    private final String className;

    ReportLabel(String className) { this.className = className; }

    /** The class index written in manifests (0..14). */
    public int index() { return ordinal(); }

    /** The class name as DESIGN.md section 5 writes it. */
    public String className() { return className; }

    public static ReportLabel ofIndex(int i) {
        if (i < 0 || i >= values().length) throw new IllegalArgumentException("report_label must be 0..14, found " + i);
        return values()[i];
    }

    /** The 15 class names in index order. */
    public static List<String> classNames() {
        List<String> out = new ArrayList<>();
        for (ReportLabel l : values()) out.add(l.className);
        return Collections.unmodifiableList(out);
    }

    /**
     * The class of a record described by findings (from SNOMED codes or LUDB text), or empty when the findings
     * state no rhythm. First match wins:
     * <ol>
     * <li>ventricular pacing; 2. acute ST-elevation MI (MIMIC's carts print it before the rhythm);
     * 3. AF with rapid ventricular response; 4. AF; 5. ectopic atrial rhythm;
     * 6. any other non-sinus rhythm or higher-degree AV block: other;</li>
     * <li>a sinus rhythm: bradycardia or tachycardia before sinus arrhythmia before sinus rhythm; with exactly
     * one of 1st-degree AV block, PAC(s), PVC(s) on a sinus rhythm of normal rate: that combined class;
     * with any other combination: other (MIMIC's carts print e.g. "sinus bradycardia with PAC(s)", which
     * is not one of the 14 statements);</li>
     * <li>no rhythm at all (e.g. only a bundle branch block, or only PVCs): empty, the label is missing. In
     * MIMIC-IV-ECG the first statement of a machine report is the rhythm line, so "other" there means a rhythm
     * (or statement) outside the 14 classes; a record whose codes state no rhythm has an unknown rhythm, which
     * is not "other" (it is most often sinus rhythm).</li>
     * </ol>
     */
    public static Optional<ReportLabel> fromFindings(Set<RhythmFinding> findings) {
        Set<RhythmFinding> f = findings.isEmpty() ? EnumSet.noneOf(RhythmFinding.class) : EnumSet.copyOf(findings);
        if (f.contains(RhythmFinding.VENTRICULAR_PACING)) return Optional.of(VENTRICULAR_PACING);
        if (f.contains(RhythmFinding.ACUTE_ST_ELEVATION_MI)) return Optional.of(CONSIDER_ACUTE_STEMI);
        if (f.contains(RhythmFinding.AF_RAPID_VENTRICULAR_RESPONSE)) return Optional.of(ATRIAL_FIBRILLATION_RAPID_VENTRICULAR_RESPONSE);
        if (f.contains(RhythmFinding.ATRIAL_FIBRILLATION)) return Optional.of(ATRIAL_FIBRILLATION);
        if (f.contains(RhythmFinding.ECTOPIC_ATRIAL_RHYTHM)) return Optional.of(POSSIBLE_ECTOPIC_ATRIAL_RHYTHM);
        if (f.contains(RhythmFinding.OTHER_RHYTHM)) return Optional.of(OTHER);
        ReportLabel base;
        if (f.contains(RhythmFinding.SINUS_BRADYCARDIA)) base = SINUS_BRADYCARDIA;
        else if (f.contains(RhythmFinding.SINUS_TACHYCARDIA)) base = SINUS_TACHYCARDIA;
        else if (f.contains(RhythmFinding.SINUS_ARRHYTHMIA)) base = SINUS_ARRHYTHMIA;
        else if (f.contains(RhythmFinding.SINUS_RHYTHM)) base = SINUS_RHYTHM;
        else return Optional.empty();
        Set<RhythmFinding> modifiers = EnumSet.noneOf(RhythmFinding.class);
        for (RhythmFinding m : RhythmFinding.MODIFIERS) if (f.contains(m)) modifiers.add(m);
        if (modifiers.isEmpty()) return Optional.of(base);
        if (base != SINUS_RHYTHM || modifiers.size() > 1) return Optional.of(OTHER);
        switch (modifiers.iterator().next()) {
            case FIRST_DEGREE_AV_BLOCK: return Optional.of(SINUS_RHYTHM_1ST_DEGREE_AV_BLOCK);
            case PREMATURE_ATRIAL_COMPLEXES: return Optional.of(SINUS_RHYTHM_WITH_PACS);
            case PREMATURE_VENTRICULAR_COMPLEXES: return Optional.of(SINUS_RHYTHM_WITH_PVCS);
            default: throw new AssertionError("not a modifier");
        }
    }

    @Override public String toString() { return index() + " " + className; }
}
