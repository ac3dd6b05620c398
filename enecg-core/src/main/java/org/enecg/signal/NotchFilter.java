package org.enecg.signal;

/**
 * Zero-phase mains-hum notch: the second-order IIR notch of {@code scipy.signal.iirnotch(frequencyHz, quality,
 * fs)} run forward and backward ({@code scipy.signal.filtfilt(b, a, x)}). The notch is {@code frequencyHz /
 * quality} wide at -3 dB. The mains frequency (50 Hz in most of the world, 60 Hz in the Americas) is a property
 * of where the ECG was recorded, so it has no default. Design after Orfanidis S.J., "Introduction to Signal
 * Processing", Prentice Hall (1996), section 11.3.
 *
 * @param frequencyHz centre of the notch in Hz, below the Nyquist frequency of the record
 * @param quality     centre frequency over -3 dB bandwidth; {@link #mains} uses 30 (a 1.7 Hz wide notch at 50 Hz)
 */
public record NotchFilter(double frequencyHz, double quality) {

    public NotchFilter {
        if (!(frequencyHz > 0) || Double.isInfinite(frequencyHz)) {
            throw new IllegalArgumentException("notch frequencyHz must be positive, found " + frequencyHz);
        }
        if (!(quality > 0) || Double.isInfinite(quality)) throw new IllegalArgumentException("notch quality must be positive, found " + quality);
    }

    /** A notch at the mains frequency (50 or 60 Hz, or a harmonic) with quality 30. */
    public static NotchFilter mains(double frequencyHz) { return new NotchFilter(frequencyHz, 30); }

    /** The notch designed for sampling rate {@code fs}: one second-order section. */
    public SosFilter design(double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        if (!(frequencyHz < fs / 2)) {
            throw new IllegalArgumentException("notch at " + frequencyHz + " Hz is not below the Nyquist frequency " + fs / 2
                    + " Hz of a " + fs + " Hz record");
        }
        double w0 = 2 * Math.PI * frequencyHz / fs;
        double beta = Math.tan(w0 / quality / 2); // -3 dB band edges: gb = 1/sqrt(2) makes sqrt(1-gb^2)/gb = 1
        double gain = 1 / (1 + beta);
        double c = Math.cos(w0);
        return new SosFilter(new double[][] {{gain, -2 * gain * c, gain, 1, -2 * gain * c, 2 * gain - 1}});
    }

    /** A new array: {@code x} with the notch applied forward and backward. */
    public float[] apply(float[] x, double fs) { return design(fs).filtfilt(x); }
}
