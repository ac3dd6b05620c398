package org.enecg.signal;

/**
 * RR intervals from beat positions, and their statistics: the usual time-domain heart-rate-variability measures
 * (Task Force of the ESC and NASPE, "Heart rate variability: standards of measurement", Circulation 93:1043,
 * 1996) and the irregularity measures that separate atrial fibrillation from sinus rhythm on short recordings
 * (normalised RMSSD and turning-point ratio: Dash S., Chon K.H. et al., "Automatic real time detection of atrial
 * fibrillation", Ann. Biomed. Eng. 37:1701-1709, 2009). Intervals are used as detected: ectopic beats are not
 * removed.
 */
public final class RrIntervals {

    private RrIntervals() {}

    /** Successive differences of sorted beat positions, in ms. */
    public static double[] intervalsMs(int[] beats, double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw new IllegalArgumentException("sampling rate must be positive, found " + fs);
        if (beats.length < 2) return new double[0];
        double[] rr = new double[beats.length - 1];
        for (int i = 1; i < beats.length; i++) {
            if (beats[i] <= beats[i - 1]) {
                throw new IllegalArgumentException("beats must be strictly increasing; index " + i + " (" + beats[i] + ") after " + beats[i - 1]);
            }
            rr[i - 1] = (beats[i] - beats[i - 1]) * 1000.0 / fs;
        }
        return rr;
    }

    /** Statistics of the intervals between {@code beats} (sample indices at rate {@code fs}). */
    public static RrStatistics statistics(int[] beats, double fs) { return statistics(intervalsMs(beats, fs), beats.length); }

    /** Statistics of RR intervals given in ms (beats = intervals + 1). */
    public static RrStatistics statistics(double[] rrMs) { return statistics(rrMs, rrMs.length == 0 ? 0 : rrMs.length + 1); }

    private static RrStatistics statistics(double[] rr, int beats) {
        int n = rr.length;
        double nan = Double.NaN;
        if (n == 0) return new RrStatistics(beats, nan, nan, nan, nan, nan, nan, nan, nan);
        double mean = 0;
        for (double v : rr) mean += v;
        mean /= n;
        double sdnn = nan, rmssd = nan, pnn50 = nan, tpr = nan;
        if (n >= 2) {
            double ss = 0;
            for (double v : rr) ss += (v - mean) * (v - mean);
            sdnn = Math.sqrt(ss / (n - 1));
            double sd = 0;
            int over50 = 0;
            for (int i = 1; i < n; i++) {
                double d = rr[i] - rr[i - 1];
                sd += d * d;
                if (Math.abs(d) > 50) over50++;
            }
            rmssd = Math.sqrt(sd / (n - 1));
            pnn50 = 100.0 * over50 / (n - 1);
        }
        if (n >= 3) {
            int turns = 0;
            for (int i = 1; i < n - 1; i++) {
                if ((rr[i] > rr[i - 1] && rr[i] > rr[i + 1]) || (rr[i] < rr[i - 1] && rr[i] < rr[i + 1])) turns++;
            }
            tpr = turns / (double) (n - 2);
        }
        return new RrStatistics(beats, mean, 60000.0 / mean, sdnn, rmssd, pnn50, sdnn / mean, rmssd / mean, tpr);
    }
}
