package org.enecg.expert;

import java.util.Locale;

/**
 * What happens when a record (after resampling) is shorter than the expert's input. Padding is applied after
 * normalisation, whose statistics come from the real samples only.
 */
public enum Pad {
    /** Zeros after the end: 0 mV, or the mean level when the input is z-scored. */
    ZEROS,
    /** The signal repeated from its start until the length is reached (as ExChanGeAI pads short records). */
    REPEAT,
    /** Refuse the record with an error naming it and both lengths. */
    ERROR;

    public static Pad parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "zeros": case "zero": return ZEROS;
            case "repeat": case "wrap": return REPEAT;
            case "error": case "none": return ERROR;
            default: throw new IllegalArgumentException("unknown pad '" + s + "'; expected one of zeros, repeat, error");
        }
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
