package org.enecg.nn;

/** Row-wise softmax and its vector-Jacobian product. */
public final class Softmax {
    private Softmax() {}

    /** {@code p[i,k] = exp(z[i,k] - max_k z[i,·]) / Σ_k exp(...)}: shifted by the row maximum so it cannot overflow. */
    public static Matrix rows(Matrix logits) {
        Matrix p = new Matrix(logits.rows, logits.cols);
        int k = logits.cols;
        for (int i = 0; i < logits.rows; i++) {
            int off = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, logits.data[off + j]);
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(logits.data[off + j] - max);
            for (int j = 0; j < k; j++) p.data[off + j] = (float) (Math.exp(logits.data[off + j] - max) / sum);
        }
        return p;
    }

    /** Gradient with respect to the logits, given the softmax output {@code p} and {@code dL/dp}: {@code p ⊙ (dp - Σ p·dp)}. */
    public static Matrix backward(Matrix p, Matrix dp) {
        Matrix dz = new Matrix(p.rows, p.cols);
        int k = p.cols;
        for (int i = 0; i < p.rows; i++) {
            int off = i * k;
            double dot = 0;
            for (int j = 0; j < k; j++) dot += (double) p.data[off + j] * dp.data[off + j];
            for (int j = 0; j < k; j++) dz.data[off + j] = (float) (p.data[off + j] * (dp.data[off + j] - dot));
        }
        return dz;
    }
}
