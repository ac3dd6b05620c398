package org.enecg.signal;

/**
 * Wave boundaries of each beat from slopes, on one lead or several together. The leads are band-passed (0.5-40
 * Hz, zero phase); the slope signal is the sum over leads of |derivative|, each lead divided by its own 98th
 * percentile. QRS onset and offset are where that slope falls to a fraction of the complex's steepest slope
 * above the local noise floor and stays there (a threshold rule in the spirit of Laguna P. et al., "Automatic
 * detection of wave boundaries in multilead ECG signals", Comput. Biomed. Res. 27:45-60, 1994). P onset uses the
 * tangent method: the tangent at the steepest slope of the wave's outer limb meets the
 * isoelectric level (taken just before the QRS onset).
 *
 * <p>Expects beats from {@link QrsDetector}; beats too close to either end of the record get -1 where their
 * search windows do not fit.
 */
public final class Delineator {

    private Delineator() {}

    /** Boundaries of each beat of one lead. */
    public static WaveBoundaries[] delineate(float[] lead, double fs, int[] beats, DelineationConfig config) {
        return delineate(new float[][] {lead}, fs, beats, config);
    }

    /** Boundaries of each beat, from all leads together. */
    public static WaveBoundaries[] delineate(float[][] leads, double fs, int[] beats, DelineationConfig config) {
        if (leads.length == 0) throw new IllegalArgumentException("delineation needs at least one lead");
        int n = leads[0].length;
        double[][] x = new double[leads.length][];
        double[] slope = new double[n];
        for (int l = 0; l < leads.length; l++) {
            if (leads[l].length != n) throw new IllegalArgumentException("lead " + l + " has " + leads[l].length + " samples, lead 0 has " + n);
            float[] c = leads[l].clone();
            Sanitizer.zeroNonFiniteInPlace(c);
            x[l] = QrsDetector.toDouble(BandPassFilter.defaults().apply(c, fs));
            double[] d = derivative(x[l], fs);
            double s = Windows.quantile(d, 0.98);
            if (s > 0) for (int i = 0; i < n; i++) slope[i] += d[i] / s;
        }
        WaveBoundaries[] out = new WaveBoundaries[beats.length];
        for (int b = 0; b < beats.length; b++) {
            int prev = b > 0 ? beats[b - 1] : -1, next = b + 1 < beats.length ? beats[b + 1] : -1;
            int prevTEnd = b > 0 ? out[b - 1].tEnd() : -1;
            out[b] = one(x, slope, fs, beats[b], prev, prevTEnd, next, config);
        }
        return out;
    }

    private static WaveBoundaries one(double[][] x, double[] slope, double fs, int r, int prev, int prevTEnd, int next,
                                      DelineationConfig c) {
        int n = slope.length;
        int ms60 = ms(60, fs), quiet = Math.max(1, (int) Math.round(c.quietSeconds() * fs));
        int a = Math.max(0, r - ms(120, fs)), b = Math.min(n - 1, r + ms(120, fs));
        double peak = 0;
        for (int i = Math.max(0, r - ms60); i <= Math.min(n - 1, r + ms60); i++) peak = Math.max(peak, slope[i]);
        double floor = lowQuantile(slope, Math.max(0, r - ms(300, fs)), Math.max(0, r - ms(80, fs)));
        if (!(peak > floor)) return new WaveBoundaries(-1, -1, r, -1, -1);
        double onThr = floor + c.qrsOnsetFraction() * (peak - floor);
        double offThr = floor + c.qrsOffsetFraction() * (peak - floor);

        // No quiet stretch within 120 ms (a wide or noisy complex): the flattest point of the window instead.
        int onset = -1;
        for (int i = r; i - quiet >= a; i--) {
            if (allBelow(slope, i - quiet, i, onThr)) { onset = i; break; }
        }
        if (onset < 0 && r - a > ms(20, fs)) onset = argMin(slope, a, r - ms(20, fs));
        int offset = -1;
        for (int i = r; i + quiet <= b; i++) {
            if (allBelow(slope, i, i + quiet, offThr)) { offset = i; break; }
        }
        if (offset < 0 && b - r > ms(20, fs)) offset = argMin(slope, r + ms(20, fs), b);
        int tEnd = -1, pOnset = -1;
        if (onset >= 0) {
            int isoFrom = Math.max(0, onset - ms(20, fs));
            if (offset >= 0) tEnd = tEnd(x, fs, onset, isoFrom, offset, r, next);
            pOnset = pOnset(x, fs, onset, isoFrom, prev, prevTEnd, c.minPWaveMv());
        }
        return new WaveBoundaries(pOnset, onset, r, offset, tEnd);
    }

    /**
     * T end on the lead with the largest T wave, by the area indicator of Zhang Q. et al., "An algorithm for robust
     * and efficient location of T-wave ends in electrocardiograms", IEEE Trans. Biomed. Eng. 53:2544-2552 (2006):
     * after the T peak, the point t that maximises the area between the signal over the preceding 128 ms and the
     * level at t (signed by the T wave's polarity) is where the wave has flattened out.
     */
    private static int tEnd(double[][] x, double fs, int onset, int isoFrom, int offset, int r, int next) {
        int n = x[0].length;
        int rr = next > 0 ? next - r : ms(1000, fs);
        int from = offset + ms(40, fs);
        int to = Math.min(n - 2, Math.min(r + (int) Math.min(0.7 * rr, ms(600, fs)), next > 0 ? next - ms(100, fs) : n - 2));
        if (to - from < ms(60, fs)) return -1;
        int bestLead = -1, tPeak = -1;
        double bestAmp = 0;
        double[] iso = new double[x.length];
        for (int l = 0; l < x.length; l++) {
            iso[l] = mean(x[l], isoFrom, onset);
            for (int i = from; i <= to; i++) {
                double v = Math.abs(x[l][i] - iso[l]);
                if (v > bestAmp) { bestAmp = v; bestLead = l; tPeak = i; }
            }
        }
        if (bestLead < 0) return -1;
        double[] y = x[bestLead];
        double sign = Math.signum(y[tPeak] - iso[bestLead]);
        int w = Math.max(2, ms(128, fs));
        int end = Math.min(n - 1, Math.min(tPeak + ms(300, fs), next > 0 ? next - ms(120, fs) : n - 1));
        int best = -1;
        double bestArea = Double.NEGATIVE_INFINITY;
        double window = 0; // sum of y over (t - w, t]
        int t0 = tPeak + 1;
        for (int i = Math.max(0, t0 - w + 1); i <= t0; i++) window += y[i];
        for (int t = t0; t <= end; t++) {
            if (t > t0) window += y[t] - y[Math.max(0, t - w)];
            double area = sign * (window - w * y[t]);
            if (area > bestArea) { bestArea = area; best = t; }
        }
        return best;
    }

    /**
     * P onset by the tangent method, on the lead with the largest P wave; -1 if no lead has one. The search starts
     * after the previous beat's T wave; a largest deflection at the very start of the window is the tail of that T
     * wave, not a P wave.
     */
    private static int pOnset(double[][] x, double fs, int onset, int isoFrom, int prev, int prevTEnd, double minMv) {
        int from = Math.max(1, onset - ms(300, fs));
        if (prev >= 0) from = Math.max(from, prev + ms(250, fs));
        if (prevTEnd >= 0) from = Math.max(from, prevTEnd + ms(10, fs));
        int to = onset - ms(30, fs);
        if (to - from < ms(40, fs)) return -1;
        int bestLead = -1, pPeak = -1;
        double bestAmp = 0;
        double[] iso = new double[x.length];
        for (int l = 0; l < x.length; l++) {
            iso[l] = mean(x[l], isoFrom, onset);
            for (int i = from; i <= to; i++) {
                double v = Math.abs(x[l][i] - iso[l]);
                if (v > bestAmp) { bestAmp = v; bestLead = l; pPeak = i; }
            }
        }
        if (bestLead < 0 || bestAmp < minMv || pPeak - from < ms(15, fs)) return -1;
        double[] y = x[bestLead];
        double sign = Math.signum(y[pPeak] - iso[bestLead]);
        int steep = -1;
        double best = 0;
        for (int i = Math.max(1, pPeak - ms(100, fs)); i < pPeak; i++) {
            double d = sign * (y[i + 1] - y[i - 1]) * fs / 2;
            if (d > best) { best = d; steep = i; }
        }
        if (steep < 0) return -1;
        double slopePerSample = (y[steep + 1] - y[steep - 1]) / 2;
        int start = (int) Math.round(steep - (y[steep] - iso[bestLead]) / slopePerSample);
        return Math.max(Math.max(0, pPeak - ms(150, fs)), Math.min(start, steep));
    }

    private static int argMin(double[] s, int from, int to) {
        int best = from;
        for (int i = from; i <= to; i++) if (s[i] < s[best]) best = i;
        return best;
    }

    private static boolean allBelow(double[] s, int from, int to, double thr) {
        for (int i = from; i <= to; i++) if (s[i] >= thr) return false;
        return true;
    }

    private static double lowQuantile(double[] s, int from, int to) {
        if (to <= from) return 0;
        double[] w = java.util.Arrays.copyOfRange(s, from, to);
        return Windows.quantile(w, 0.1);
    }

    private static double mean(double[] y, int from, int to) {
        if (to <= from) return y[Math.max(0, Math.min(y.length - 1, from))];
        double s = 0;
        for (int i = from; i < to; i++) s += y[i];
        return s / (to - from);
    }

    /** |central difference| in units per second. */
    private static double[] derivative(double[] x, double fs) {
        int n = x.length;
        double[] d = new double[n];
        for (int i = 1; i < n - 1; i++) d[i] = Math.abs(x[i + 1] - x[i - 1]) * fs / 2;
        return d;
    }

    private static int ms(double millis, double fs) { return (int) Math.round(millis * fs / 1000); }
}
