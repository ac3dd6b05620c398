package org.enecg.signal;

import java.util.Locale;

/**
 * How a signal is brought to a new length. {@link #parse} accepts the constant names and lower-case aliases.
 */
public enum ResampleMethod {
    /** {@link FftResampler}: {@code scipy.signal.resample}, the EnECG authors' choice (DESIGN.md section 3). */
    FFT("fft", "fourier", "scipy"),
    /** {@link PolyphaseResampler}: {@code scipy.signal.resample_poly}, anti-aliased; better for large down-sampling ratios. */
    POLYPHASE("polyphase", "poly", "resample_poly", "fir");

    private final String[] aliases;

    ResampleMethod(String... aliases) { this.aliases = aliases; }

    /** {@code x} resampled to {@code num} samples by this method. */
    public float[] apply(float[] x, int num) {
        switch (this) {
            case FFT: return FftResampler.resample(x, num);
            case POLYPHASE: return PolyphaseResampler.resample(x, num);
            default: throw new IllegalStateException("no implementation for " + this);
        }
    }

    /** The method named by {@code name} (constant name or alias, any case). */
    public static ResampleMethod parse(String name) {
        if (name != null) {
            String s = name.trim().toLowerCase(Locale.ROOT);
            for (ResampleMethod m : values()) {
                if (m.name().toLowerCase(Locale.ROOT).equals(s)) return m;
                for (String a : m.aliases) if (a.equals(s)) return m;
            }
        }
        throw new IllegalArgumentException("unknown resampling method '" + name + "'; valid methods: fft, polyphase");
    }
}
