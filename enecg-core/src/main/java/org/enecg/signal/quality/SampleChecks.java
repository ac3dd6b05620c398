package org.enecg.signal.quality;

import java.util.Arrays;

/**
 * The plain sample-level checks of one lead, each a pure function of the samples (and the sampling rate where
 * time matters): invalid samples, flat line, clipping at the recorder's range, and the size of the QRS complexes
 * (a wrong unit shows as QRS amplitudes a thousand times too large or too small). No paper: these are the checks
 * every ECG quality tool starts with (e.g. Clifford et al. 2012's flat-line and saturation flags).
 */
public final class SampleChecks {
    /** Half-width of the window around a beat in which the QRS peak-to-peak amplitude is measured, in seconds. */
    public static final double QRS_HALF_SECONDS = 0.06;

    private SampleChecks() {}

    /** Share of samples that are NaN or infinite (WFDB's invalid-sample value reads as NaN). 1 for an empty lead. */
    public static double invalidFraction(float[] x) {
        if (x.length == 0) return 1;
        int bad = 0;
        for (float v : x) if (!Float.isFinite(v)) bad++;
        return bad / (double) x.length;
    }

    /**
     * Share of successive finite sample pairs that are exactly equal: about 0 for a recorded ECG, 1 for a
     * disconnected lead or a zero-filled one (a lead flat save the odd spike stays near 1). 1 with fewer than two
     * finite samples.
     */
    public static double flatFraction(float[] x) {
        int pairs = 0, same = 0;
        for (int i = 1; i < x.length; i++) {
            if (!Float.isFinite(x[i]) || !Float.isFinite(x[i - 1])) continue;
            pairs++;
            if (x[i] == x[i - 1]) same++;
        }
        return pairs == 0 ? 1 : same / (double) pairs;
    }

    /** Shortest run of equal samples at an extreme that counts as a clipped plateau. */
    public static final int PLATEAU_SAMPLES = 3;

    /**
     * Share of finite samples sitting on a plateau ({@link #PLATEAU_SAMPLES} or more equal successive samples) at
     * the lead's own minimum or maximum: a signal cut off at the recorder's range shows flat tops; a clean ECG touches
     * its extremes only at a sample or two. 0 for a constant lead (that is {@link #flatFraction}'s case).
     */
    public static double clippedFraction(float[] x) {
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        int n = 0;
        for (float v : x) {
            if (!Float.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            n++;
        }
        if (n == 0 || !(hi > lo)) return 0;
        int clipped = 0;
        for (int i = 0; i < x.length; ) {
            int j = i + 1;
            while (j < x.length && x[j] == x[i]) j++;
            if ((x[i] == lo || x[i] == hi) && j - i >= PLATEAU_SAMPLES) clipped += j - i;
            i = j;
        }
        return clipped / (double) n;
    }

    /** Distance from the 1st to the 99th percentile of the finite samples, in the samples' unit; 0 when none. */
    public static double robustRange(float[] x) {
        double[] f = finite(x);
        if (f.length == 0) return 0;
        Arrays.sort(f);
        return quantileSorted(f, 0.99) - quantileSorted(f, 0.01);
    }

    /**
     * The median over beats of the peak-to-peak amplitude within {@link #QRS_HALF_SECONDS} of each beat, in the
     * samples' unit (pass a band-passed lead so the baseline does not count). NaN without beats.
     */
    public static double qrsAmplitude(float[] x, int[] beats, double fs) {
        if (beats.length == 0) return Double.NaN;
        int half = Math.max(1, (int) Math.round(QRS_HALF_SECONDS * fs));
        double[] amp = new double[beats.length];
        int m = 0;
        for (int b : beats) {
            float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
            for (int i = Math.max(0, b - half); i <= Math.min(x.length - 1, b + half); i++) {
                if (!Float.isFinite(x[i])) continue;
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
            }
            if (hi >= lo) amp[m++] = hi - lo;
        }
        if (m == 0) return Double.NaN;
        double[] a = Arrays.copyOf(amp, m);
        Arrays.sort(a);
        return quantileSorted(a, 0.5);
    }

    /** Linear-interpolation quantile (numpy's default) of a sorted, non-empty array. */
    static double quantileSorted(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }

    private static double[] finite(float[] x) {
        double[] f = new double[x.length];
        int m = 0;
        for (float v : x) if (Float.isFinite(v)) f[m++] = v;
        return Arrays.copyOf(f, m);
    }
}
