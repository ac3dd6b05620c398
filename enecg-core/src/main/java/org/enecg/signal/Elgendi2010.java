package org.enecg.signal;

import java.util.Arrays;

/**
 * The decision rule of Elgendi M., Jonkman M., De Boer F., "Frequency Bands Effects on QRS Detection", Proc.
 * BIOSIGNALS 2010, pp. 428-431, on the squared band-passed feature of {@link QrsFeature}: a 97 ms moving
 * average (the QRS) above a 611 ms moving average (the beat) plus {@code 0.08 x mean} marks a block of
 * interest; blocks at least 97 ms wide are QRS complexes, placed at their largest feature value. Beats closer
 * than the refractory period keep the larger. With an adaptive window ({@link QrsRules#adaptiveWindowSeconds()}) the
 * offset uses the mean energy around each sample where that is lower than the record's mean. Package-private.
 */
final class Elgendi2010 {

    private Elgendi2010() {}

    static int[] decide(double[] y, double fs, int refractory, double adaptiveWindowSeconds) {
        int n = y.length;
        int w1 = Windows.oddSamples(0.097, fs), w2 = Windows.oddSamples(0.611, fs);
        double[] maPeak = Windows.movingAverage(y, w1);
        double[] maBeat = Windows.movingAverage(y, w2);
        double mean = 0;
        for (double v : y) mean += v;
        mean /= n;
        double alpha = 0.08 * mean;
        // Adaptive threshold (QrsRules.adaptiveWindowSeconds): the local mean where it is lower than the record's.
        double[] localMean = adaptiveWindowSeconds > 0 ? Windows.movingAverage(y, Windows.oddSamples(adaptiveWindowSeconds, fs)) : null;
        int[] beats = new int[n / Math.max(1, refractory) + 2];
        int nb = 0;
        int i = 0;
        while (i < n) {
            if (maPeak[i] > maBeat[i] + (localMean == null ? alpha : Math.min(alpha, 0.08 * localMean[i]))) {
                int start = i;
                while (i < n && maPeak[i] > maBeat[i] + (localMean == null ? alpha : Math.min(alpha, 0.08 * localMean[i]))) i++;
                if (i - start >= w1) {
                    int best = start;
                    for (int k = start; k < i; k++) if (y[k] > y[best]) best = k;
                    if (nb > 0 && best - beats[nb - 1] < refractory) {
                        if (y[best] > y[beats[nb - 1]]) beats[nb - 1] = best;
                    } else {
                        if (nb == beats.length) beats = Arrays.copyOf(beats, 2 * nb);
                        beats[nb++] = best;
                    }
                }
            } else {
                i++;
            }
        }
        return Arrays.copyOf(beats, nb);
    }
}
