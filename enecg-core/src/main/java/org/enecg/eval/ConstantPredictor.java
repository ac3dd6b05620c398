package org.enecg.eval;

import org.enecg.data.Task;

/**
 * The floor every model must beat: the training folds' mean (regression) or majority class (classification; ties
 * go to the lowest class index), the same for every record. Its class probabilities are the training class
 * frequencies, so its AUROC is exactly 0.5.
 */
public final class ConstantPredictor {
    private final double[] output;

    private ConstantPredictor(double[] output) {
        this.output = output;
    }

    /** Fitted on the labelled rows among {@code rows}; NaN labels are skipped. */
    public static ConstantPredictor fit(Task task, double[] labels, int[] rows) {
        if (!task.type().isClassification()) {
            double sum = 0;
            int n = 0;
            for (int r : rows) {
                if (!Double.isNaN(labels[r])) {
                    sum += labels[r];
                    n++;
                }
            }
            return new ConstantPredictor(new double[] {n == 0 ? Double.NaN : sum / n});
        }
        int k = task.outputSize();
        double[] freq = new double[k];
        int n = 0;
        for (int r : rows) {
            if (!Double.isNaN(labels[r])) {
                freq[(int) labels[r]]++;
                n++;
            }
        }
        for (int c = 0; c < k; c++) freq[c] = n == 0 ? 1.0 / k : freq[c] / n;
        // the predicted class is the argmax, which takes the first of tied maxima: the majority, lowest index on ties
        return new ConstantPredictor(freq);
    }

    /** The prediction: one value (regression) or K probabilities. */
    public double[] output() { return output.clone(); }
}
