package org.enecg.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The twelve standard ECG leads. Files spell them in many ways ({@code i}, {@code AVR}, {@code avr},
 * {@code MLII}); {@link #parse(String)} maps any spelling to the standard name, and {@link Lead} keeps the
 * original spelling beside it.
 */
public enum LeadName {
    I("I"), II("II"), III("III"), AVR("aVR"), AVL("aVL"), AVF("aVF"),
    V1("V1"), V2("V2"), V3("V3"), V4("V4"), V5("V5"), V6("V6");

    /** The twelve leads in the conventional order I, II, III, aVR, aVL, aVF, V1-V6 (ECG-FM, PTB-XL, CinC). */
    public static final java.util.List<LeadName> STANDARD_ORDER = java.util.List.of(values());

    private final String label;

    LeadName(String label) { this.label = label; }

    /** The conventional spelling, e.g. {@code aVR}. */
    public String label() { return label; }

    @Override public String toString() { return label; }

    /**
     * The standard lead a file's signal description names, if any. Case, spaces, dashes and a leading
     * "lead" are ignored; "MLII"/"ML2" (the modified limb lead II of Holter records) count as II.
     */
    public static Optional<LeadName> parse(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", "");
        if (s.startsWith("LEAD")) s = s.substring(4);
        switch (s) {
            case "I": case "1": return Optional.of(I);
            case "II": case "2": case "MLII": case "ML2": return Optional.of(II);
            case "III": case "3": return Optional.of(III);
            case "AVR": return Optional.of(AVR);
            case "AVL": return Optional.of(AVL);
            case "AVF": return Optional.of(AVF);
            case "V1": return Optional.of(V1);
            case "V2": return Optional.of(V2);
            case "V3": return Optional.of(V3);
            case "V4": return Optional.of(V4);
            case "V5": return Optional.of(V5);
            case "V6": return Optional.of(V6);
            default: return Optional.empty();
        }
    }

    /** Like {@link #parse} but fails with a message listing the accepted names. */
    public static LeadName require(String raw) {
        return parse(raw).orElseThrow(() -> new IllegalArgumentException(
                "unknown lead '" + raw + "'; expected one of I, II, III, aVR, aVL, aVF, V1-V6"));
    }
}
