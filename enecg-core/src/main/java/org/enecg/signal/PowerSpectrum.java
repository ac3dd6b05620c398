package org.enecg.signal;

/**
 * A one-sided power spectral density on evenly spaced frequencies (from {@link Welch}), with the summaries built-in
 * experts read from it. Band limits are half-open, {@code [lowHz, highHz)}; powers are the rectangle-rule integral
 * (density times bin width) over the bins inside the band.
 *
 * @param freqs   bin frequencies in Hz, from 0 in steps of {@code fs / nperseg}
 * @param density power per Hz in each bin
 */
public record PowerSpectrum(double[] freqs, double[] density) {

    public PowerSpectrum {
        if (freqs.length != density.length) {
            throw new IllegalArgumentException(freqs.length + " frequencies but " + density.length + " densities");
        }
        freqs = freqs.clone();
        density = density.clone();
    }

    @Override public double[] freqs() { return freqs.clone(); }

    @Override public double[] density() { return density.clone(); }

    /** Frequency step between bins in Hz (0 for a single bin). */
    public double binWidth() { return freqs.length > 1 ? freqs[1] - freqs[0] : 0; }

    /** Power in {@code [lowHz, highHz)}: the sum of densities of the bins inside times the bin width. */
    public double bandPower(double lowHz, double highHz) {
        double s = 0;
        for (int k = 0; k < freqs.length; k++) if (freqs[k] >= lowHz && freqs[k] < highHz) s += density[k];
        return s * binWidth();
    }

    /**
     * Shannon entropy of the spectrum within {@code [lowHz, highHz)} treated as a distribution over its bins,
     * divided by the log of the number of bins: 0 for a pure tone, 1 for white noise; 0 when the band holds no power.
     */
    public double normalisedEntropy(double lowHz, double highHz) {
        double total = 0;
        int bins = 0;
        for (int k = 0; k < freqs.length; k++) {
            if (freqs[k] >= lowHz && freqs[k] < highHz) { total += density[k]; bins++; }
        }
        if (!(total > 0) || bins < 2) return 0;
        double h = 0;
        for (int k = 0; k < freqs.length; k++) {
            if (freqs[k] >= lowHz && freqs[k] < highHz && density[k] > 0) {
                double p = density[k] / total;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(bins);
    }

    /** Frequency of the largest density within {@code [lowHz, highHz)} (the lowest on ties); NaN if the band is empty or holds no power. */
    public double peakFrequency(double lowHz, double highHz) {
        int best = -1;
        for (int k = 0; k < freqs.length; k++) {
            if (freqs[k] >= lowHz && freqs[k] < highHz && (best < 0 || density[k] > density[best])) best = k;
        }
        return best < 0 || !(density[best] > 0) ? Double.NaN : freqs[best];
    }
}
