package org.enecg.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules robust detectors apply around their decision rule, each a named step with its settings in
 * {@link QrsRules}: energy clipping ({@link #clip}), T-wave discrimination ({@link #isTWave}, window from
 * {@link #tWaveWindow}) and search-back with its rescan; they work on a lead's or the fused energy feature and on
 * the squared slope of the 0.5-40 Hz band, so they hold for every {@link QrsMethod}. Package-private.
 */
final class BeatRules {

    /** Width of the window over which QRS energy is integrated, and half-window of the slope measure, in seconds. */
    private static final double QRS_SECONDS = 0.1, SLOPE_HALF_SECONDS = 0.075;
    /** Neighbouring intervals and beats on each side that set the local RR and the local beat energy. */
    private static final int NEIGHBOURS = 4;

    private BeatRules() {}

    static int[] apply(int[] beats, double[] energy, double[] slope, double fs, int refractory, QrsRules rules) {
        double[] qrs = Windows.movingAverage(energy, Windows.oddSamples(QRS_SECONDS, fs));
        int slopeHalf = (int) Math.round(SLOPE_HALF_SECONDS * fs);
        int tWindow = (int) Math.round(rules.tWaveWindowSeconds() * fs);
        double slopeRatio2 = rules.tWaveSlopeRatio() * rules.tWaveSlopeRatio(); // slopes are squared
        List<Integer> b = new ArrayList<>();
        for (int p : beats) {
            if (!b.isEmpty() && isTWave(p, b.get(b.size() - 1), slope, slopeHalf, tWaveWindow(b, tWindow, fs), slopeRatio2)) continue;
            b.add(p);
        }
        if (rules.searchBackRrRatio() > 0 || rules.rescanLevel() > 0) searchBack(b, qrs, slope, slopeHalf, tWindow, slopeRatio2, refractory, fs, rules);
        return b.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The T-wave window after the last beat of {@code b}: the set window at rates of 60 beats/min and faster,
     * lengthened as the square root of the RR interval at slower rates (the QT interval does, Bazett 1920) up to
     * RR = 2 s. The RR is the longest of the last four intervals: a false beat shortens an interval, and must not
     * shorten the window that would reject the next T wave.
     */
    static int tWaveWindow(List<Integer> b, int base, double fs) {
        int m = Math.min(4, b.size() - 1);
        if (m < 1) return base;
        int rr = 0;
        for (int j = 0; j < m; j++) rr = Math.max(rr, b.get(b.size() - 1 - j) - b.get(b.size() - 2 - j));
        return (int) Math.round(base * Math.max(1, Math.sqrt(Math.min(2, rr / fs))));
    }

    /**
     * T-wave discrimination (Pan and Tompkins 1985): a candidate within the T-wave window of the previous beat
     * whose largest slope is under the set fraction of that beat's is the beat's T wave.
     */
    static boolean isTWave(int p, int previous, double[] slope, int slopeHalf, int tWindow, double slopeRatio2) {
        if (slopeRatio2 <= 0 || p - previous >= tWindow) return false;
        return maxAround(slope, p, slopeHalf) < slopeRatio2 * maxAround(slope, previous, slopeHalf);
    }

    /**
     * Search-back (Pan and Tompkins 1985): an interval longer than {@link QrsRules#searchBackRrRatio()} times the
     * local RR is searched again; its largest QRS-energy peak that is not a T wave and is at least a refractory
     * period from both beats becomes a beat when its energy reaches {@link QrsRules#searchBackLevel()} of the
     * neighbouring beats' median. The rescan ({@link QrsRules#rescanLevel()}) searches every other interval the
     * same way, with a higher bar: half the neighbours' energy and {@link QrsRules#rescanSlopeRatio()} of their
     * slope. Repeated until no interval yields a beat.
     */
    private static void searchBack(List<Integer> b, double[] qrs, double[] slope, int slopeHalf, int tWindow, double slopeRatio2,
            int refractory, double fs, QrsRules rules) {
        double rescanSlope2 = rules.rescanSlopeRatio() * rules.rescanSlopeRatio();
        boolean found = true;
        while (found && b.size() >= 3) {
            found = false;
            for (int k = 0; k + 1 < b.size(); k++) {
                int from = b.get(k), to = b.get(k + 1);
                boolean longGap = rules.searchBackRrRatio() > 0 && to - from > rules.searchBackRrRatio() * localRr(b, k);
                if (!longGap && !(rules.rescanLevel() > 0)) continue;
                int best = -1, window = tWaveWindow(b.subList(0, k + 1), tWindow, fs);
                for (int i = from + refractory; i <= to - refractory; i++) {
                    if (qrs[i] > qrs[i - 1] && qrs[i] >= qrs[i + 1] && (best < 0 || qrs[i] > qrs[best])
                            && !isTWave(i, from, slope, slopeHalf, window, slopeRatio2)) best = i;
                }
                boolean ok = best >= 0 && (longGap ? qrs[best] >= rules.searchBackLevel() * localEnergy(b, k, qrs, refractory / 2)
                        : qrs[best] >= rules.rescanLevel() * localEnergy(b, k, qrs, refractory / 2)
                                && maxAround(slope, best, slopeHalf) >= rescanSlope2 * localEnergy(b, k, slope, slopeHalf));
                if (ok) {
                    b.add(k + 1, best);
                    found = true;
                    k++;
                }
            }
        }
    }

    /** Median of up to {@link #NEIGHBOURS} intervals on each side of interval {@code k} (itself excluded). */
    private static double localRr(List<Integer> b, int k) {
        double[] rr = new double[2 * NEIGHBOURS];
        int m = 0;
        for (int j = Math.max(0, k - NEIGHBOURS); j <= Math.min(b.size() - 2, k + NEIGHBOURS); j++) {
            if (j != k) rr[m++] = b.get(j + 1) - b.get(j);
        }
        return m == 0 ? Double.POSITIVE_INFINITY : RrIrregularity.median(Arrays.copyOf(rr, m));
    }

    /** Median QRS energy of up to {@link #NEIGHBOURS} beats on each side of interval {@code k}. */
    private static double localEnergy(List<Integer> b, int k, double[] qrs, int half) {
        double[] e = new double[2 * NEIGHBOURS + 2];
        int m = 0;
        for (int j = Math.max(0, k + 1 - NEIGHBOURS); j <= Math.min(b.size() - 1, k + NEIGHBOURS); j++) e[m++] = maxAround(qrs, b.get(j), half);
        return RrIrregularity.median(Arrays.copyOf(e, m));
    }

    /**
     * Energy clipping: the feature limited to {@code factor} times the median of its maxima over successive
     * {@code segmentSeconds} segments (each holds a beat at any rate above {@code 60 / segmentSeconds} beats/min), so
     * that a burst of artefact or a few large ectopic beats cannot raise every threshold that is relative to the
     * feature's mean or to the neighbouring beats. A copy; {@code factor} 0 returns the feature itself.
     */
    static double[] clip(double[] f, double fs, double segmentSeconds, double factor) {
        if (!(factor > 0)) return f;
        int seg = Math.max(1, (int) Math.round(segmentSeconds * fs)), ns = (f.length + seg - 1) / seg;
        double[] max = new double[ns];
        for (int i = 0; i < f.length; i++) max[i / seg] = Math.max(max[i / seg], f[i]);
        double limit = factor * RrIrregularity.median(max);
        if (!(limit > 0)) return f;
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) out[i] = Math.min(f[i], limit);
        return out;
    }

    static double maxAround(double[] x, int at, int half) {
        double m = 0;
        for (int i = Math.max(0, at - half); i <= Math.min(x.length - 1, at + half); i++) m = Math.max(m, x[i]);
        return m;
    }
}
