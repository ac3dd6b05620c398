package org.enecg.nn;

/** Mean squared error, as {@code torch.nn.MSELoss} (mean reduction), over examples with a label. */
public final class Mse {
    private Mse() {}

    /**
     * @param predictions one column, one row per example
     * @param targets     one value per example; NaN = no label (skipped)
     */
    public static Loss of(Matrix predictions, double[] targets) {
        if (predictions.cols != 1) throw new IllegalArgumentException("mse: predictions must have 1 column, found " + predictions.cols);
        if (targets.length != predictions.rows) {
            throw new IllegalArgumentException("mse: " + predictions.rows + " predictions but " + targets.length + " targets");
        }
        int n = 0;
        for (double t : targets) if (!Double.isNaN(t)) n++;
        Matrix grad = new Matrix(predictions.rows, 1);
        if (n == 0) return new Loss(0, grad, 0);
        double sum = 0;
        for (int i = 0; i < targets.length; i++) {
            if (Double.isNaN(targets[i])) continue;
            double d = predictions.data[i] - targets[i];
            sum += d * d;
            grad.data[i] = (float) (2 * d / n);
        }
        return new Loss(sum / n, grad, n);
    }
}
