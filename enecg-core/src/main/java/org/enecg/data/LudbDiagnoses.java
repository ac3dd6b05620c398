package org.enecg.data;

import static org.enecg.data.RhythmFinding.*;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LUDB diagnoses (the columns of {@code ludb.csv}, one statement per line of a cell) mapped to
 * {@link RhythmFinding}s for {@code report_label}, and the conduction-abnormality flag. Every statement
 * that occurs in LUDB 1.0.1 is listed in docs/report-label-mapping.md.
 */
public final class LudbDiagnoses {
    public static final String RHYTHMS = "Rhythms";
    public static final String CONDUCTION = "Conduction abnormalities";
    public static final String EXTRASYSTOLIES = "Extrasystolies";
    public static final String PACING = "Cardiac pacing";
    public static final String ISCHEMIA = "Ischemia";

    /** Whole statements of the Rhythms column. A rhythm not listed counts as another rhythm. */
    static final Map<String, Optional<RhythmFinding>> RHYTHM_STATEMENTS = Map.of(
            "sinus rhythm", Optional.of(SINUS_RHYTHM),
            "sinus bradycardia", Optional.of(SINUS_BRADYCARDIA),
            "sinus tachycardia", Optional.of(SINUS_TACHYCARDIA),
            "sinus arrhythmia", Optional.of(SINUS_ARRHYTHMIA),
            "irregular sinus rhythm", Optional.of(SINUS_ARRHYTHMIA),
            "atrial fibrillation", Optional.of(ATRIAL_FIBRILLATION),
            "atrial flutter, typical", Optional.of(OTHER_RHYTHM),
            "wandering atrial pacemaker", Optional.of(OTHER_RHYTHM),
            "aberrant conduction", Optional.empty());

    /** Whole statements of the Cardiac pacing column. */
    static final Map<String, Optional<RhythmFinding>> PACING_STATEMENTS = Map.of(
            "unipolar ventricular pacing", Optional.of(VENTRICULAR_PACING),
            "bipolar ventricular pacing", Optional.of(VENTRICULAR_PACING),
            "biventricular pacing", Optional.of(VENTRICULAR_PACING),
            "p-synchrony", Optional.of(VENTRICULAR_PACING),
            "unipolar atrial pacing", Optional.of(OTHER_RHYTHM),
            "pacemaker presence, undefined", Optional.empty());

    /** Whole statements of the Conduction abnormalities column that bear on the rhythm class. */
    static final Map<String, RhythmFinding> CONDUCTION_STATEMENTS = Map.of(
            "i degree av block", FIRST_DEGREE_AV_BLOCK,
            "ii degree av block", OTHER_RHYTHM,
            "iii degree av-block", OTHER_RHYTHM,
            "sinoatrial blockade, undefined", OTHER_RHYTHM);

    private LudbDiagnoses() {}

    /** Lower case, trimmed, without a final full stop. */
    public static String normalise(String statement) {
        String s = statement.trim().toLowerCase(Locale.ROOT);
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1).trim();
        return s;
    }

    /** The finding of one statement of one column, if it has one. */
    public static Optional<RhythmFinding> finding(String column, String statement) {
        String s = normalise(statement);
        if (s.isEmpty()) return Optional.empty();
        switch (column) {
            case RHYTHMS: return RHYTHM_STATEMENTS.getOrDefault(s, Optional.of(OTHER_RHYTHM));
            case PACING: return PACING_STATEMENTS.getOrDefault(s, Optional.of(VENTRICULAR_PACING));
            case CONDUCTION: return Optional.ofNullable(CONDUCTION_STATEMENTS.get(s));
            case EXTRASYSTOLIES:
                if (s.startsWith("atrial extrasystole")) return Optional.of(PREMATURE_ATRIAL_COMPLEXES);
                if (s.startsWith("ventricular extrasystole")) return Optional.of(PREMATURE_VENTRICULAR_COMPLEXES);
                return Optional.empty();
            case ISCHEMIA: return s.startsWith("stemi") ? Optional.of(ACUTE_ST_ELEVATION_MI) : Optional.empty();
            default: return Optional.empty();
        }
    }

    /** Findings of a record given as column name to the statements of its cell. */
    public static Set<RhythmFinding> findings(Map<String, List<String>> cells) {
        Set<RhythmFinding> out = EnumSet.noneOf(RhythmFinding.class);
        cells.forEach((column, statements) -> {
            for (String s : statements) finding(column, s).ifPresent(out::add);
        });
        return out;
    }

    /** {@code report_label} of a record's diagnoses; empty when no statement gives the rhythm (see {@link ReportLabel#fromFindings}). */
    public static Optional<ReportLabel> reportLabel(Map<String, List<String>> cells) {
        return ReportLabel.fromFindings(findings(cells));
    }

    /** True when the Conduction abnormalities cell holds any statement. */
    public static boolean conductionAbnormality(Collection<String> conductionStatements) {
        for (String s : conductionStatements) if (!normalise(s).isEmpty()) return true;
        return false;
    }
}
