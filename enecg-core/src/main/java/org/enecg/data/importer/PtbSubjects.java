package org.enecg.data.importer;

import java.util.Map;

/**
 * Patients of the PTB Diagnostic ECG Database records in the CinC Challenge ({@code S0001} ...). The Challenge
 * numbered PTB's records in the order of PTB's {@code RECORDS} file, where each patient's records are
 * consecutive: patient001 has s0010_re, s0014lre, s0016lre; patient002 s0015lre; patient003 s0017lre;
 * patient004 s0020are, s0020bre; patient005 s0021are, s0021bre, s0025lre, s0031lre, s0101lre. Checked:
 * S0001 has the length (38,400 samples at 1 kHz), age (81) and sex (female) of PTB's s0010_re; the age and sex
 * of every record below agree with its group. Only the records bundled here are listed; any other record is
 * its own subject.
 */
final class PtbSubjects {
    private static final Map<String, String> PATIENT = Map.of(
            "S0001", "ptb-patient001", "S0002", "ptb-patient001", "S0003", "ptb-patient001",
            "S0004", "ptb-patient002",
            "S0005", "ptb-patient003",
            "S0006", "ptb-patient004", "S0007", "ptb-patient004",
            "S0008", "ptb-patient005", "S0009", "ptb-patient005", "S0010", "ptb-patient005");

    private PtbSubjects() {}

    /** The subject of a Challenge record id: its PTB patient where known, else the record id. */
    static String subjectOf(String recordId) { return PATIENT.getOrDefault(recordId, recordId); }
}
