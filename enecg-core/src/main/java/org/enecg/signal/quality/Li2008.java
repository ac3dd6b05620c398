package org.enecg.signal.quality;

import org.enecg.signal.BeatMatch;
import org.enecg.signal.PowerSpectrum;
import org.enecg.signal.Welch;

/**
 * Noise indices of one ECG lead from Li Q., Mark R.G., Clifford G.D., "Robust heart rate estimation from multiple
 * asynchronous noisy sources using signal quality indices and a Kalman filter", Physiol. Meas. 29(1):15-32 (2008),
 * as also used by Clifford G.D. et al., "Signal quality indices and data fusion for determining clinical
 * acceptability of electrocardiograms", Physiol. Meas. 33(9):1419-1433 (2012):
 * <ul>
 *   <li>bSQI: agreement of two QRS detectors, matched beats over all beats found by either
 *       ({@code N_matched / (N_1 + N_2 - N_matched)}), beats matching within 150 ms; 1 when they agree;</li>
 *   <li>kSQI: kurtosis of the samples (Pearson's, 3 for Gaussian noise); a clean ECG is strongly peaked, above 5;</li>
 *   <li>pSQI: power in the QRS band 5-15 Hz over the power in 5-40 Hz; about 0.5-0.8 for a clean ECG;</li>
 *   <li>basSQI: 1 minus the power in 0-1 Hz over the power in 0-40 Hz; near 1 without baseline wander.</li>
 * </ul>
 * Pure functions; spectra by Welch's method with 4-s Hann segments (0.25 Hz resolution, enough for the 1 Hz edge).
 */
public final class Li2008 {
    /** Beats of the two detectors that lie at most this far apart are the same beat (Li et al.: 150 ms). */
    public static final double MATCH_SECONDS = 0.15;
    /** Welch segment length of the spectral indices, in seconds. */
    public static final double SEGMENT_SECONDS = 4.0;

    private Li2008() {}

    /**
     * bSQI of two detections of the same lead (sample indices, sorted). NaN when neither found a beat: agreement on
     * nothing says nothing.
     */
    public static double bSqi(int[] first, int[] second, double fs) {
        checkFs(fs);
        if (first.length + second.length == 0) return Double.NaN;
        int matched = BeatMatch.compare(first, second, (int) Math.round(MATCH_SECONDS * fs)).truePositives();
        return matched / (double) (first.length + second.length - matched);
    }

    /**
     * kSQI: Pearson's kurtosis {@code E[(x-mean)^4] / var^2} of the finite samples. NaN for a constant or empty
     * signal.
     */
    public static double kSqi(float[] x) {
        double mean = 0;
        int n = 0;
        for (float v : x) if (Float.isFinite(v)) { mean += v; n++; }
        if (n < 4) return Double.NaN;
        mean /= n;
        double m2 = 0, m4 = 0;
        for (float v : x) {
            if (!Float.isFinite(v)) continue;
            double d = v - mean, d2 = d * d;
            m2 += d2;
            m4 += d2 * d2;
        }
        m2 /= n;
        m4 /= n;
        return m2 > 0 ? m4 / (m2 * m2) : Double.NaN;
    }

    /** pSQI of a lead (NaN when its 5-40 Hz band is empty or the rate is below 80 Hz, the band's Nyquist rate). */
    public static double pSqi(float[] x, double fs) { return fs < 80 ? Double.NaN : pSqi(spectrum(x, fs)); }

    /** pSQI: power in 5-15 Hz over power in 5-40 Hz of a spectrum. NaN when the 5-40 Hz band holds no power. */
    public static double pSqi(PowerSpectrum p) {
        double all = p.bandPower(5, 40);
        return all > 0 ? p.bandPower(5, 15) / all : Double.NaN;
    }

    /** basSQI of a lead (NaN when its 0-40 Hz band is empty or the rate is below 80 Hz). */
    public static double basSqi(float[] x, double fs) { return fs < 80 ? Double.NaN : basSqi(spectrum(x, fs)); }

    /** basSQI: 1 - power in 0-1 Hz over power in 0-40 Hz of a spectrum. NaN when the 0-40 Hz band holds no power. */
    public static double basSqi(PowerSpectrum p) {
        double all = p.bandPower(0, 40);
        return all > 0 ? 1 - p.bandPower(0, 1) / all : Double.NaN;
    }

    /** The Welch spectrum both spectral indices read (4-s segments); non-finite samples count as 0. */
    public static PowerSpectrum spectrum(float[] x, double fs) {
        checkFs(fs);
        float[] c = x.clone();
        for (int i = 0; i < c.length; i++) if (!Float.isFinite(c[i])) c[i] = 0;
        return Welch.psd(c, fs, (int) Math.round(SEGMENT_SECONDS * fs));
    }

    private static void checkFs(double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
    }
}
