package org.enecg.nn;

/**
 * Cross-entropy on logits, as {@code torch.nn.CrossEntropyLoss} (log-softmax plus negative log-likelihood,
 * mean reduction), over examples with a label. Gradient: {@code (softmax(z) - onehot(y)) / n}.
 */
public final class CrossEntropy {
    private CrossEntropy() {}

    /**
     * @param logits one row per example, one column per class
     * @param labels class index per example (as a double); NaN = no label (skipped)
     */
    public static Loss of(Matrix logits, double[] labels) {
        if (labels.length != logits.rows) {
            throw new IllegalArgumentException("cross-entropy: " + logits.rows + " rows of logits but " + labels.length + " labels");
        }
        int k = logits.cols;
        int n = 0;
        for (double y : labels) {
            if (Double.isNaN(y)) continue;
            if (y != Math.rint(y) || y < 0 || y >= k) {
                throw new IllegalArgumentException("cross-entropy: label " + y + " is not a class index in 0.." + (k - 1));
            }
            n++;
        }
        Matrix grad = new Matrix(logits.rows, k);
        if (n == 0) return new Loss(0, grad, 0);
        Matrix p = Softmax.rows(logits);
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            if (Double.isNaN(labels[i])) continue;
            int y = (int) labels[i];
            int off = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, logits.data[off + j]);
            double lse = 0;
            for (int j = 0; j < k; j++) lse += Math.exp(logits.data[off + j] - max);
            sum += Math.log(lse) + max - logits.data[off + y];
            for (int j = 0; j < k; j++) grad.data[off + j] = (float) ((p.data[off + j] - (j == y ? 1.0 : 0.0)) / n);
        }
        return new Loss(sum / n, grad, n);
    }
}
