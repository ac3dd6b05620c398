package org.enecg.model;

/**
 * Standardisation of a regression target with training statistics: the model learns {@code (y - mean) / std}
 * and reports {@code out · std + mean}, in the label's own unit. Classification tasks use the identity.
 *
 * @param mean training mean of the label
 * @param std  training population standard deviation (1 where it is 0)
 */
public record TargetScaler(double mean, double std) {

    public TargetScaler {
        if (!Double.isFinite(mean) || !(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("target scaler needs a finite mean and a positive std, found " + mean + ", " + std);
        }
    }

    public static TargetScaler identity() { return new TargetScaler(0, 1); }

    /** Statistics of the non-NaN {@code labels[r]} for {@code r} in {@code which}; identity if there are none. */
    public static TargetScaler fit(double[] labels, int[] which) {
        double mean = 0;
        double m2 = 0;
        long n = 0;
        for (int r : which) {
            double v = labels[r];
            if (Double.isNaN(v)) continue;
            n++;
            double d = v - mean;
            mean += d / n;
            m2 += d * (v - mean);
        }
        if (n == 0) return identity();
        double sd = Math.sqrt(m2 / n);
        return new TargetScaler(mean, sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1);
    }

    public double scale(double y) { return Double.isNaN(y) ? Double.NaN : (y - mean) / std; }

    public double unscale(double z) { return z * std + mean; }
}
