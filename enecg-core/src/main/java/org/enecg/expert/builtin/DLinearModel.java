package org.enecg.expert.builtin;

import org.enecg.signal.EdgeMovingAverage;

/**
 * DLinear (Zeng A., Chen M., Zhang L., Xu Q., "Are Transformers Effective for Time Series Forecasting?", AAAI 2023)
 * as the EnECG authors configure it ({@code models/DLinears.py}, {@code load_model_dlinear} in {@code main.py}):
 * a window of {@code seqLen} samples of one lead is split by an edge-padded moving average of {@code kernel} samples
 * into trend and seasonal (remainder) parts ({@link EdgeMovingAverage}); one linear map of each part, plus its bias,
 * and their sum forecasts the next sample ({@code pred_len} 1). Channels share the maps ({@code individual=False}).
 *
 * <p>Both parts are linear in the window, so the forecast is one linear filter: {@code h = Ws + M^T (Wt - Ws)} with M
 * the moving-average matrix; {@link #forecast} uses it, {@link #parts} computes the two maps as the paper writes them.
 */
public final class DLinearModel {

    private final int seqLen, kernel;
    private final double[] seasonalWeight, trendWeight;
    /** The effective filter, built on first use: O(seqLen²), and a run that finds every output cached never needs it. */
    private volatile double[] filter;
    private final double seasonalBias, trendBias;

    public DLinearModel(int seqLen, int kernel, double[] seasonalWeight, double seasonalBias, double[] trendWeight, double trendBias) {
        if (seqLen < 1) throw new IllegalArgumentException("seqLen must be at least 1, found " + seqLen);
        if (kernel < 1 || kernel % 2 == 0) throw new IllegalArgumentException("kernel must be odd and positive, found " + kernel);
        if (seasonalWeight.length != seqLen || trendWeight.length != seqLen) {
            throw new IllegalArgumentException("weights must have seqLen = " + seqLen + " values, found " + seasonalWeight.length
                    + " and " + trendWeight.length);
        }
        for (double[] w : new double[][] {seasonalWeight, trendWeight, {seasonalBias, trendBias}}) {
            for (double v : w) if (!Double.isFinite(v)) throw new IllegalArgumentException("weights must be finite, found " + v);
        }
        this.seqLen = seqLen;
        this.kernel = kernel;
        this.seasonalWeight = seasonalWeight.clone();
        this.trendWeight = trendWeight.clone();
        this.seasonalBias = seasonalBias;
        this.trendBias = trendBias;
    }

    private double[] filter() {
        double[] f = filter;
        if (f == null) filter = f = effectiveFilter(seqLen, kernel, seasonalWeight, trendWeight); // same value if two threads race
        return f;
    }

    public int seqLen() { return seqLen; }
    public int kernel() { return kernel; }
    public double[] seasonalWeight() { return seasonalWeight.clone(); }
    public double[] trendWeight() { return trendWeight.clone(); }
    public double seasonalBias() { return seasonalBias; }
    public double trendBias() { return trendBias; }

    /** The forecast of {@code x[end]} from {@code x[end - seqLen, end)}: {@code h . window + both biases}. */
    public double forecast(float[] x, int end) {
        int from = end - seqLen;
        if (from < 0 || end > x.length) throw new IllegalArgumentException("window [" + from + ", " + end + ") outside 0.." + x.length);
        double s = seasonalBias + trendBias;
        double[] filter = filter();
        for (int i = 0; i < seqLen; i++) s += filter[i] * x[from + i];
        return s;
    }

    /**
     * The forecasts of {@code x[seqLen] .. x[n-1]}, each from the {@code seqLen} samples before it (equal to
     * {@link #forecast} at each end up to rounding). Computed tap by tap over all targets at once, loops the JIT
     * vectorises.
     */
    public double[] forecasts(float[] x) {
        int k = x.length - seqLen;
        if (k <= 0) return new double[0];
        double[] out = new double[k];
        double[] xd = new double[x.length];
        for (int t = 0; t < x.length; t++) xd[t] = x[t];
        java.util.Arrays.fill(out, seasonalBias + trendBias);
        double[] filter = filter();
        for (int i = 0; i < seqLen; i++) {
            double h = filter[i];
            for (int t = 0; t < k; t++) out[t] += h * xd[t + i];
        }
        return out;
    }

    /**
     * The two linear maps' outputs for the window {@code x[end - seqLen, end)}, as the paper computes them:
     * {seasonal map of (window - trend) + its bias, trend map of trend + its bias}; their sum is {@link #forecast}.
     */
    public double[] parts(float[] x, int end) {
        int from = end - seqLen;
        if (from < 0 || end > x.length) throw new IllegalArgumentException("window [" + from + ", " + end + ") outside 0.." + x.length);
        double[] trend = EdgeMovingAverage.of(x, from, seqLen, kernel);
        double s = seasonalBias, t = trendBias;
        for (int i = 0; i < seqLen; i++) {
            s += seasonalWeight[i] * (x[from + i] - trend[i]);
            t += trendWeight[i] * trend[i];
        }
        return new double[] {s, t};
    }

    /**
     * The moving-average matrix M ({@code trend = M window}) of an edge-padded average of {@code kernel} over
     * {@code seqLen} samples: row i counts, for each sample, how often the window centred on i reads it (the end
     * samples also for every position past the ends), divided by the kernel.
     */
    static double[][] movingAverageMatrix(int seqLen, int kernel) {
        int h = (kernel - 1) / 2;
        double[][] m = new double[seqLen][seqLen];
        for (int i = 0; i < seqLen; i++) {
            for (int j = i - h; j <= i + h; j++) m[i][Math.max(0, Math.min(seqLen - 1, j))] += 1.0 / kernel;
        }
        return m;
    }

    private static double[] effectiveFilter(int seqLen, int kernel, double[] ws, double[] wt) {
        double[][] m = movingAverageMatrix(seqLen, kernel);
        double[] h = ws.clone();
        for (int i = 0; i < seqLen; i++) {
            double d = wt[i] - ws[i];
            if (d == 0) continue;
            for (int k = 0; k < seqLen; k++) h[k] += d * m[i][k];
        }
        return h;
    }
}
