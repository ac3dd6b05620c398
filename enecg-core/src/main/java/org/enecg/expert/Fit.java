package org.enecg.expert;

import java.util.Locale;

/**
 * How a record of any duration becomes the fixed-length segments an expert reads.
 */
public enum Fit {
    /**
     * The EnECG authors' "DownSample": FFT-resample the whole record to exactly {@code samples} samples, whatever
     * its rate and duration (a 10-s record read by a 2500-sample expert is squeezed to 250 Hz). One segment.
     */
    RESAMPLE,
    /** Resample to the spec's rate, keep the first {@code samples} samples (pad a short record). One segment. */
    CROP,
    /**
     * Resample to the spec's rate, cut into consecutive non-overlapping windows of {@code samples}; a remainder
     * shorter than a window is dropped, unless the record is shorter than one window (then it is padded). The
     * expert's outputs for the windows are pooled.
     */
    WINDOWS,
    /** Resample to the spec's rate and keep the whole record, any length (feature-based built-in experts). */
    WHOLE,
    /**
     * One window of {@code samples} centred on each beat: R peaks are detected on the record's ECG leads (all of
     * them fused, at the record's own rate, with {@code org.enecg.signal.QrsDetector}), the record is resampled to
     * the spec's rate, and the window around each peak ({@code samples / 2} before it) is one segment; beats too
     * close to either end for a whole window are left out. A record with no complete beat gets one window at its
     * centre (noted). The outputs of the beats are pooled ({@link Pooling#MEAN_AND_FRACTION} gives mean class
     * probabilities and the fraction of beats per class).
     */
    BEATS;

    /** Parses {@code resample}, {@code crop}, {@code windows}, {@code whole} (case-insensitive). */
    public static Fit parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "resample": return RESAMPLE;
            case "crop": return CROP;
            case "windows": case "window": return WINDOWS;
            case "whole": return WHOLE;
            case "beats": case "beat": return BEATS;
            default: throw new IllegalArgumentException("unknown fit '" + s + "'; expected one of resample, crop, windows, whole, beats");
        }
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
