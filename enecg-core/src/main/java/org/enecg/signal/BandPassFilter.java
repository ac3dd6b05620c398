package org.enecg.signal;

/**
 * Zero-phase Butterworth band-pass
 * ({@code scipy.signal.sosfiltfilt(butter(order, [lowHz, highHz], "bandpass", fs=fs, output="sos"), x)}).
 * The default 0.5-40 Hz band is the common "monitoring" band: it removes baseline wander, mains hum and most
 * muscle noise while keeping QRS, P and T waves recognisable.
 *
 * <p>If {@code highHz} is not below the Nyquist frequency of a record (a 40 Hz edge at fs 60 Hz, say),
 * {@link #apply} fails with a message naming both; it never silently changes the band.
 *
 * @param lowHz  lower -3 dB edge of one pass, in Hz; default 0.5
 * @param highHz upper -3 dB edge of one pass, in Hz; default 40
 * @param order  Butterworth order of the low-pass prototype (the filter has 2 x order poles); default 2
 */
public record BandPassFilter(double lowHz, double highHz, int order) {

    public BandPassFilter {
        if (!(lowHz > 0) || Double.isInfinite(lowHz)) throw new IllegalArgumentException("lowHz must be positive, found " + lowHz);
        if (!(highHz > lowHz) || Double.isInfinite(highHz)) {
            throw new IllegalArgumentException("highHz must be above lowHz (" + lowHz + "), found " + highHz);
        }
        if (order < 1 || order > 12) throw new IllegalArgumentException("order must be 1 to 12, found " + order);
    }

    /** 0.5-40 Hz, order 2. */
    public static BandPassFilter defaults() { return new BandPassFilter(0.5, 40, 2); }

    /** The filter designed for sampling rate {@code fs}. */
    public SosFilter design(double fs) { return Butterworth.bandPass(order, lowHz, highHz, fs); }

    /** A new array: {@code x} band-passed with zero phase. */
    public float[] apply(float[] x, double fs) { return design(fs).filtfilt(x); }
}
