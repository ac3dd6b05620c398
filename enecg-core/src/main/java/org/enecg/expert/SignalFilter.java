package org.enecg.expert;

import java.util.Locale;

/**
 * A filtering step an expert's input needs, applied to each lead after resampling and before segmentation,
 * parameterised in seconds so it holds at any rate.
 *
 * @param kind    the filter
 * @param seconds its window length in seconds (converted to samples at the expert's rate, see {@link #windowSamples})
 */
public record SignalFilter(Kind kind, double seconds) {

    /** The filters the spec language knows. */
    public enum Kind {
        /**
         * Baseline removal by subtracting a moving median (as {@code scipy.ndimage.median_filter(x, size,
         * mode='reflect')}), e.g. ExChanGeAI's 2-s window (201 samples at 100 Hz).
         */
        MOVING_MEDIAN_BASELINE;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    public SignalFilter {
        java.util.Objects.requireNonNull(kind, "kind");
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(kind.key() + ": window must be a positive number of seconds, found " + seconds);
        }
    }

    /** The odd window length in samples at rate {@code fs}: {@code 2 * round(seconds * fs / 2) + 1}. */
    public int windowSamples(double fs) {
        return new org.enecg.signal.MovingMedianBaseline(seconds).windowSamples(fs);
    }

    /** Parses a key such as {@code moving_median_baseline}. */
    public static Kind parseKind(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Kind kind : Kind.values()) if (kind.key().equals(k)) return kind;
        throw new IllegalArgumentException("unknown filter '" + s + "'; expected moving_median_baseline");
    }

    /** Canonical text for fingerprints, e.g. {@code moving_median_baseline(2.0s)}. */
    public String describe() { return kind.key() + "(" + seconds + "s)"; }
}
