package org.enecg.io.wfdb;

/**
 * The standard annotation codes of the WFDB library ({@code <wfdb/ecgcodes.h>}): mnemonic and description for
 * codes 0-49. Codes without a standard meaning print as {@code [n]}, as the WFDB library does.
 */
public final class AnnotationCodes {
    private AnnotationCodes() {}

    /** Largest annotation type code ({@code ACMAX}); 59-63 are the file format's own words. */
    public static final int ACMAX = 49;

    private static final String[][] TABLE = {
        {" ", "not-QRS (not an annotation)"}, {"N", "Normal beat"}, {"L", "Left bundle branch block beat"},
        {"R", "Right bundle branch block beat"}, {"a", "Aberrated atrial premature beat"},
        {"V", "Premature ventricular contraction"}, {"F", "Fusion of ventricular and normal beat"},
        {"J", "Nodal (junctional) premature beat"}, {"A", "Atrial premature contraction"},
        {"S", "Premature or ectopic supraventricular beat"}, {"E", "Ventricular escape beat"},
        {"j", "Nodal (junctional) escape beat"}, {"/", "Paced beat"}, {"Q", "Unclassifiable beat"},
        {"~", "Signal quality change"}, {"[15]", "Unassigned"}, {"|", "Isolated QRS-like artifact"},
        {"[17]", "Unassigned"}, {"s", "ST change"}, {"T", "T-wave change"}, {"*", "Systole"}, {"D", "Diastole"},
        {"\"", "Comment annotation"}, {"=", "Measurement annotation"}, {"p", "P-wave peak"},
        {"B", "Left or right bundle branch block"}, {"^", "Non-conducted pacer spike"}, {"t", "T-wave peak"},
        {"+", "Rhythm change"}, {"u", "U-wave peak"}, {"?", "Learning"}, {"!", "Ventricular flutter wave"},
        {"[", "Start of ventricular flutter/fibrillation"}, {"]", "End of ventricular flutter/fibrillation"},
        {"e", "Atrial escape beat"}, {"n", "Supraventricular escape beat"},
        {"@", "Link to external data (aux contains URL)"}, {"x", "Non-conducted P-wave (blocked APB)"},
        {"f", "Fusion of paced and normal beat"}, {"(", "Waveform onset"}, {")", "Waveform end"},
        {"r", "R-on-T premature ventricular contraction"},
    };

    /** The mnemonic of a code, e.g. {@code N} for 1. */
    public static String symbol(int code) {
        return code >= 0 && code < TABLE.length ? TABLE[code][0] : "[" + code + "]";
    }

    /** The description of a code, e.g. "Normal beat" for 1. */
    public static String description(int code) {
        return code >= 0 && code < TABLE.length ? TABLE[code][1] : "Unassigned";
    }

    /** The code of a standard mnemonic, or -1. */
    public static int code(String symbol) {
        for (int i = 1; i < TABLE.length; i++) if (TABLE[i][0].equals(symbol)) return i;
        return -1;
    }
}
