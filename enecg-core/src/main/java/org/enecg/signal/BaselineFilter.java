package org.enecg.signal;

/**
 * Zero-phase baseline-wander removal: a Butterworth high-pass run forward and backward
 * ({@code scipy.signal.sosfiltfilt(butter(order, cutoffHz, "highpass", fs=fs, output="sos"), x)}), so QRS
 * and ST segments keep their timing. The default cut-off of 0.5 Hz removes respiration and electrode drift
 * while keeping the slowest heart rates (30 bpm = 0.5 Hz sits at the -6 dB point of the two passes), the
 * usual choice for diagnostic ECG (AHA recommendation, Kligfield P. et al., Circulation 115:1306, 2007).
 *
 * @param cutoffHz -3 dB frequency of one pass, in Hz; default 0.5
 * @param order    Butterworth order of one pass (the two passes double it); default 2
 */
public record BaselineFilter(double cutoffHz, int order) {

    public BaselineFilter {
        if (!(cutoffHz > 0) || Double.isInfinite(cutoffHz)) throw new IllegalArgumentException("cutoffHz must be positive, found " + cutoffHz);
        if (order < 1 || order > 12) throw new IllegalArgumentException("order must be 1 to 12, found " + order);
    }

    /** 0.5 Hz, order 2. */
    public static BaselineFilter defaults() { return new BaselineFilter(0.5, 2); }

    /** The filter designed for sampling rate {@code fs}. */
    public SosFilter design(double fs) { return Butterworth.highPass(order, cutoffHz, fs); }

    /** A new array: {@code x} without its baseline wander. */
    public float[] apply(float[] x, double fs) { return design(fs).filtfilt(x); }
}
