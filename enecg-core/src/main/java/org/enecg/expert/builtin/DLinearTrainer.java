package org.enecg.expert.builtin;

/**
 * Fits {@link DLinearModel} to next-sample forecasting in closed form: ridge regression of each target sample on the
 * seasonal and trend parts of the {@code seqLen} samples before it, every position of every series (stride 1).
 *
 * <p>Objective: {@code sum (y - Ws.s - Wt.t - b)^2 + lambda * N * (|Ws|^2 + |Wt|^2)}, N the number of targets, the
 * intercept not penalised. The ridge term is needed, not a nicety: with DLinear's kernel (1001) over 500 samples the
 * trend is a straight line between two end-weighted means, so its 500 values span only three dimensions and the
 * plain least-squares system is singular. The two biases are not separately identifiable (only their sum enters the
 * forecast): the intercept goes to the seasonal map and the trend bias is 0.
 *
 * <p>Sums are accumulated without forming the design matrix: for one series, the Gram matrix of its windows (extended
 * by the target) is built from its first row and the recursion {@code G[i+1][j+1] = G[i][j] - x[i] x[j] + x[T+i] x[T+j]}
 * (T windows), then mapped to the seasonal and trend coordinates once at the end. Not thread-safe: one series at a time.
 */
public final class DLinearTrainer {

    private final int seqLen, kernel;
    private final double lambda;
    /** Gram matrix of [window; target] over all windows, (seqLen + 1)^2, and the sums of its entries. */
    private final double[][] gram;
    private final double[] sums;
    private long count;
    private int series;

    public DLinearTrainer(int seqLen, int kernel, double lambda) {
        if (seqLen < 1) throw new IllegalArgumentException("seqLen must be at least 1, found " + seqLen);
        if (kernel < 1 || kernel % 2 == 0) throw new IllegalArgumentException("kernel must be odd and positive, found " + kernel);
        if (!(lambda > 0) || Double.isInfinite(lambda)) throw new IllegalArgumentException("lambda must be positive, found " + lambda);
        this.seqLen = seqLen;
        this.kernel = kernel;
        this.lambda = lambda;
        this.gram = new double[seqLen + 1][seqLen + 1];
        this.sums = new double[seqLen + 1];
    }

    /** Adds every window of {@code x} with the sample after it as target; a series of {@code seqLen} samples or fewer adds nothing. */
    public void add(float[] x) {
        int w = seqLen + 1, t = x.length - seqLen;
        if (t <= 0) return;
        series++;
        count += t;
        double[][] g = new double[w][w];
        double[] s = new double[w];
        for (int j = 0; j < w; j++) {
            double a = 0;
            for (int k = 0; k < t; k++) a += (double) x[k] * x[k + j];
            g[0][j] = a;
        }
        for (int k = 0; k < t; k++) s[0] += x[k];
        for (int i = 0; i + 1 < w; i++) {
            s[i + 1] = s[i] - x[i] + x[t + i];
            for (int j = i; j + 1 < w; j++) g[i + 1][j + 1] = g[i][j] - (double) x[i] * x[j] + (double) x[t + i] * x[t + j];
        }
        for (int i = 0; i < w; i++) {
            sums[i] += s[i];
            for (int j = i; j < w; j++) gram[i][j] += g[i][j];
        }
    }

    /** Targets added so far. */
    public long targets() { return count; }

    /** Series that contributed at least one target. */
    public int series() { return series; }

    /**
     * The ridge solution.
     *
     * @throws IllegalStateException if no target was added
     */
    public DLinearModel fit() {
        if (count == 0) throw new IllegalStateException("no training targets: every series had " + seqLen + " samples or fewer");
        int l = seqLen, p = 2 * l + 1;
        double[][] m = DLinearModel.movingAverageMatrix(l, kernel);
        // z = P w with P = [I - M; M] (2L x L), then the intercept.
        double[][] pm = new double[2 * l][l];
        for (int i = 0; i < l; i++) {
            for (int k = 0; k < l; k++) {
                pm[i][k] = (i == k ? 1 : 0) - m[i][k];
                pm[l + i][k] = m[i][k];
            }
        }
        double[][] g = new double[l][l];
        for (int i = 0; i < l; i++) for (int j = i; j < l; j++) { g[i][j] = gram[i][j]; g[j][i] = gram[i][j]; }
        double[][] pg = multiply(pm, g); // 2L x L
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < 2 * l; i++) {
            for (int j = 0; j <= i; j++) {
                double v = 0;
                for (int k = 0; k < l; k++) v += pg[i][k] * pm[j][k];
                a[i][j] = v;
            }
            a[i][i] += lambda * count;
            double cross = 0, mean = 0;
            for (int k = 0; k < l; k++) {
                cross += pm[i][k] * gram[k][l];
                mean += pm[i][k] * sums[k];
            }
            b[i] = cross;
            a[2 * l][i] = mean;
        }
        a[2 * l][2 * l] = count;
        b[2 * l] = sums[l];
        double[] theta = Cholesky.solve(a, b);
        double[] ws = java.util.Arrays.copyOfRange(theta, 0, l), wt = java.util.Arrays.copyOfRange(theta, l, 2 * l);
        return new DLinearModel(l, kernel, ws, theta[2 * l], wt, 0);
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length, k = y.length, m = y[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] oi = out[i], xi = x[i];
            for (int q = 0; q < k; q++) {
                double v = xi[q];
                if (v == 0) continue;
                double[] yq = y[q];
                for (int j = 0; j < m; j++) oi[j] += v * yq[j];
            }
        }
        return out;
    }
}
