package org.enecg.signal;

import java.util.Arrays;

/**
 * The decision rule of Pan J., Tompkins W.J., "A Real-Time QRS Detection Algorithm", IEEE Trans. Biomed. Eng.
 * 32(3):230-236 (1985), on the integrated feature of {@link QrsFeature}: running signal and noise peak levels
 * (SPKI, NPKI) updated by 1/8; threshold {@code NPKI + 0.25 (SPKI - NPKI)}, halved when the rhythm is
 * irregular; a search-back at half the threshold when no beat came within 166% of the regular RR average; a
 * peak within 360 ms of the previous beat whose slope is under half that beat's is a T wave. Offline
 * adaptation: levels are learnt on the first 2 s (all of it on a shorter signal), and the paper's second,
 * band-passed threshold set is left out because the fused multi-lead feature has no single band-passed lead.
 * Package-private.
 */
final class PanTompkins1985 {

    private PanTompkins1985() {}

    static int[] decide(double[] f, double[] slope, double fs, int refractory) {
        int n = f.length;
        int[] cand = Windows.peaks(f, refractory);
        if (cand.length == 0) return new int[0];
        int learn = (int) Math.min(n, Math.round(2 * fs));
        double max = 0, mean = 0;
        for (int i = 0; i < learn; i++) {
            max = Math.max(max, f[i]);
            mean += f[i];
        }
        mean /= learn;
        if (!(max > 0)) return new int[0];
        double spki = max / 3, npki = mean / 2;
        int tWindow = (int) Math.round(0.36 * fs);
        int slopeHalf = (int) Math.round(0.075 * fs);

        int[] beats = new int[cand.length];
        double[] beatSlope = new double[cand.length];
        int nb = 0;
        RrAverages rr = new RrAverages(fs);
        boolean[] noise = new boolean[cand.length];
        int lastBeatCand = -1;
        for (int c = 0; c < cand.length; c++) {
            int p = cand[c];
            // Search back over the noise peaks since the last beat when too long has passed.
            if (nb > 0 && p - beats[nb - 1] > rr.missedLimit()) {
                double thr2 = 0.5 * threshold(spki, npki, rr.irregular());
                int best = -1;
                for (int k = lastBeatCand + 1; k < c; k++) {
                    int q = cand[k];
                    if (!noise[k] || f[q] <= thr2 || q - beats[nb - 1] < refractory) continue;
                    if (q - beats[nb - 1] < tWindow && maxSlope(slope, q, slopeHalf) < 0.25 * beatSlope[nb - 1]) continue;
                    if (best < 0 || f[q] > f[cand[best]]) best = k;
                }
                if (best >= 0) {
                    int q = cand[best];
                    spki = 0.25 * f[q] + 0.75 * spki;
                    rr.add(q - beats[nb - 1]);
                    beatSlope[nb] = maxSlope(slope, q, slopeHalf);
                    beats[nb++] = q;
                    noise[best] = false;
                    lastBeatCand = best;
                }
            }
            double thr1 = threshold(spki, npki, rr.irregular());
            boolean isBeat = f[p] > thr1 && (nb == 0 || p - beats[nb - 1] >= refractory);
            double s = maxSlope(slope, p, slopeHalf);
            // Slopes are squared here, so "half the slope" is a quarter of the squared slope.
            if (isBeat && nb > 0 && p - beats[nb - 1] < tWindow && s < 0.25 * beatSlope[nb - 1]) isBeat = false;
            if (isBeat) {
                spki = 0.125 * f[p] + 0.875 * spki;
                if (nb > 0) rr.add(p - beats[nb - 1]);
                beatSlope[nb] = s;
                beats[nb++] = p;
                lastBeatCand = c;
            } else {
                npki = 0.125 * f[p] + 0.875 * npki;
                noise[c] = true;
            }
        }
        return Arrays.copyOf(beats, nb);
    }

    private static double threshold(double spki, double npki, boolean irregular) {
        double t = npki + 0.25 * (spki - npki);
        return irregular ? 0.5 * t : t;
    }

    private static double maxSlope(double[] slope, int at, int half) {
        double m = 0;
        for (int i = Math.max(0, at - half); i <= Math.min(slope.length - 1, at + half); i++) m = Math.max(m, slope[i]);
        return m;
    }

    /** Pan and Tompkins' two RR averages: of the last 8 intervals, and of the last 8 within 92-116% of the latter. */
    private static final class RrAverages {
        private final double[] recent = new double[8];
        private final double[] regular = new double[8];
        private int nRecent, nRegular;
        private double avg1, avg2;

        RrAverages(double fs) {
            avg1 = avg2 = fs; // one second until intervals are measured
        }

        void add(int rr) {
            recent[nRecent++ % 8] = rr;
            avg1 = mean(recent, Math.min(nRecent, 8));
            if (nRegular == 0 || (rr > 0.92 * avg2 && rr < 1.16 * avg2)) {
                regular[nRegular++ % 8] = rr;
                avg2 = mean(regular, Math.min(nRegular, 8));
            }
        }

        double missedLimit() { return 1.66 * avg2; }

        /** Irregular once eight intervals are known and their average differs from the regular one. */
        boolean irregular() { return nRecent >= 8 && Math.abs(avg1 - avg2) > 0.16 * avg2; }

        private static double mean(double[] a, int k) {
            double s = 0;
            for (int i = 0; i < k; i++) s += a[i];
            return s / k;
        }
    }
}
