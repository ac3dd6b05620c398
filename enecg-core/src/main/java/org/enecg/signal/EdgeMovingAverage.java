package org.enecg.signal;

/**
 * Centred moving average with the ends padded by repeating the first and last sample, as the series
 * decomposition of Autoformer and DLinear does it (Zeng A. et al., "Are Transformers Effective for Time Series
 * Forecasting?", AAAI 2023; the EnECG authors' {@code models/DLinears.py}: {@code (kernel - 1) / 2} copies of each
 * end sample, then {@code AvgPool1d(kernel, stride 1)}). The output has the input's length. A kernel longer than the
 * signal is allowed: the padding then dominates, and the average is a straight line between the two end-weighted
 * means (DLinear's kernel 1001 over 500 samples).
 */
public final class EdgeMovingAverage {

    private EdgeMovingAverage() {}

    /**
     * The moving average of {@code x[from, from + n)}.
     *
     * @throws IllegalArgumentException if {@code kernel} is not odd and positive, or the range is empty or outside {@code x}
     */
    public static double[] of(float[] x, int from, int n, int kernel) {
        if (kernel < 1 || kernel % 2 == 0) throw new IllegalArgumentException("kernel must be odd and positive, found " + kernel);
        if (n < 1 || from < 0 || from + n > x.length) {
            throw new IllegalArgumentException("range [" + from + ", " + (from + n) + ") is empty or outside 0.." + x.length);
        }
        int h = (kernel - 1) / 2;
        double first = x[from], last = x[from + n - 1];
        // prefix[i] = sum of x[from .. from+i-1]
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + x[from + i];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            int a = t - h, b = t + h; // window in signal coordinates, inclusive
            int before = Math.max(0, -a), after = Math.max(0, b - (n - 1));
            int lo = Math.max(0, a), hi = Math.min(n - 1, b);
            double s = before * first + after * last + prefix[hi + 1] - prefix[lo];
            y[t] = s / kernel;
        }
        return y;
    }

    /** The moving average of all of {@code x}. */
    public static double[] of(float[] x, int kernel) { return of(x, 0, x.length, kernel); }
}
