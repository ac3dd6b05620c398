package org.enecg.data;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a diagnosis code or text says about the rhythm, in the terms {@link ReportLabel#fromFindings} needs.
 * Codes and texts that say nothing about rhythm, pacing, acute ST elevation, AV conduction or premature beats
 * (e.g. bundle branch blocks, hypertrophy, T-wave changes) give no finding.
 */
public enum RhythmFinding {
    VENTRICULAR_PACING,
    ACUTE_ST_ELEVATION_MI,
    AF_RAPID_VENTRICULAR_RESPONSE,
    ATRIAL_FIBRILLATION,
    ECTOPIC_ATRIAL_RHYTHM,
    /** A rhythm that is none of the classes (flutter, tachycardias, junctional, wandering pacemaker, AV block II/III, ...). */
    OTHER_RHYTHM,
    SINUS_RHYTHM,
    SINUS_BRADYCARDIA,
    SINUS_TACHYCARDIA,
    SINUS_ARRHYTHMIA,
    FIRST_DEGREE_AV_BLOCK,
    PREMATURE_ATRIAL_COMPLEXES,
    PREMATURE_VENTRICULAR_COMPLEXES;

    /** Findings that qualify a sinus rhythm ("sinus rhythm with ..."). */
    public static final Set<RhythmFinding> MODIFIERS =
            EnumSet.of(FIRST_DEGREE_AV_BLOCK, PREMATURE_ATRIAL_COMPLEXES, PREMATURE_VENTRICULAR_COMPLEXES);
}
