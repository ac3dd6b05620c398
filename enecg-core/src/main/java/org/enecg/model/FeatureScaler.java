package org.enecg.model;

/**
 * Per-feature standardisation of one expert's outputs, {@code (x - mean) / std}, with statistics from the
 * training records only. Non-finite values are left out of the statistics and replaced by the mean (0 after
 * scaling) when applied; the caller counts them. A constant feature gets std 1 (it becomes 0).
 *
 * @param mean per-feature mean
 * @param std  per-feature population standard deviation (1 where it is 0)
 */
public record FeatureScaler(double[] mean, double[] std) {

    public FeatureScaler {
        if (mean.length != std.length) throw new IllegalArgumentException("scaler: " + mean.length + " means but " + std.length + " stds");
        mean = mean.clone();
        std = std.clone();
    }

    public int dim() { return mean.length; }

    /** Identity scaling (mean 0, std 1), for models that do not standardise. */
    public static FeatureScaler identity(int dim) {
        double[] ones = new double[dim];
        java.util.Arrays.fill(ones, 1);
        return new FeatureScaler(new double[dim], ones);
    }

    /** Statistics of {@code rows[r]} for {@code r} in {@code which}. */
    public static FeatureScaler fit(float[][] rows, int[] which, int dim) {
        return fit(r -> rows[r], which, dim);
    }

    /** Statistics of {@code row.apply(r)} for {@code r} in {@code which} (rows read one at a time, e.g. from disk). */
    public static FeatureScaler fit(java.util.function.IntFunction<float[]> row, int[] which, int dim) {
        double[] mean = new double[dim];
        double[] m2 = new double[dim];
        long[] n = new long[dim];
        for (int r : which) {
            float[] x = row.apply(r);
            for (int j = 0; j < dim; j++) {
                double v = x[j];
                if (!Double.isFinite(v)) continue;
                n[j]++;
                double d = v - mean[j];
                mean[j] += d / n[j];
                m2[j] += d * (v - mean[j]);
            }
        }
        double[] std = new double[dim];
        for (int j = 0; j < dim; j++) {
            double sd = n[j] > 0 ? Math.sqrt(m2[j] / n[j]) : 0;
            std[j] = sd > 1e-12 * Math.max(1, Math.abs(mean[j])) ? sd : 1;
        }
        return new FeatureScaler(mean, std);
    }

    /**
     * Writes the scaled {@code x} into {@code out} starting at {@code off}; returns how many non-finite values
     * were replaced.
     *
     * @param clip clip to ±clip after scaling; 0 = no clipping
     */
    public int apply(float[] x, float[] out, int off, double clip) {
        int repaired = 0;
        for (int j = 0; j < mean.length; j++) {
            double v = x[j];
            double z;
            if (!Double.isFinite(v)) {
                repaired++;
                z = 0;
            } else {
                z = (v - mean[j]) / std[j];
                if (clip > 0) z = Math.max(-clip, Math.min(clip, z));
            }
            out[off + j] = (float) z;
        }
        return repaired;
    }
}
