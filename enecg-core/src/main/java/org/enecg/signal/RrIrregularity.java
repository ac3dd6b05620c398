package org.enecg.signal;

import java.util.Arrays;

/**
 * Robust irregularity measures of a short series of RR intervals, to tell an irregular rhythm (atrial
 * fibrillation) from a regular one with a few early beats (premature atrial or ventricular complexes), which the
 * mean-based statistics of {@link RrStatistics} mix up: a single premature beat and its compensatory pause inflate
 * RMSSD as much as fibrillation does, but move the median of the successive differences very little.
 *
 * @param ssdMedianNormalised median absolute successive difference over median RR: near 0 for sinus rhythm with the
 *                            odd ectopic beat, about 0.1-0.3 in atrial fibrillation; NaN with fewer than 2 intervals
 * @param prematureFraction   share of intervals shorter than {@link #PREMATURE_RATIO} times the median RR; NaN with no
 *                            interval
 * @param rangeNormalised     (longest - shortest interval) / median RR; NaN with no interval
 */
public record RrIrregularity(double ssdMedianNormalised, double prematureFraction, double rangeNormalised) {

    /** An interval shorter than this fraction of the median RR counts as premature. */
    public static final double PREMATURE_RATIO = 0.85;

    /** The measures of {@code rrMs} (intervals in order, ms). */
    public static RrIrregularity of(double[] rrMs) {
        int n = rrMs.length;
        if (n == 0) return new RrIrregularity(Double.NaN, Double.NaN, Double.NaN);
        double med = median(rrMs.clone());
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        int premature = 0;
        for (double v : rrMs) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (v < PREMATURE_RATIO * med) premature++;
        }
        double ssd = Double.NaN;
        if (n >= 2) {
            double[] d = new double[n - 1];
            for (int i = 1; i < n; i++) d[i - 1] = Math.abs(rrMs[i] - rrMs[i - 1]);
            ssd = median(d) / med;
        }
        return new RrIrregularity(ssd, premature / (double) n, (max - min) / med);
    }

    /** Median of {@code v}, sorting it in place (mean of the middle two for an even count). */
    static double median(double[] v) {
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
