package org.enecg.model;

import org.enecg.metrics.Classification;

/**
 * What a {@link ClassDecision#BALANCED} decision needs, and how {@link ClassDecision#CHOSEN} picks between the two
 * rules: class frequencies of the training records, and macro F1 ({@link Classification#macroF1}, the primary metric of classification tasks, as evaluation
 * computes it).
 */
public final class ClassPriors {
    private ClassPriors() {}

    /**
     * Log frequency of each class among the labelled {@code rows} (NaN labels skipped). A class no training record
     * has gets the log frequency of the most frequent class: no boost, since nothing says when to predict it.
     *
     * @throws IllegalArgumentException when no row is labelled or a label is not a class index
     */
    public static double[] logPriors(double[] labels, int[] rows, int classes) {
        int[] count = new int[classes];
        int n = 0;
        for (int r : rows) {
            double y = labels[r];
            if (Double.isNaN(y)) continue;
            int c = (int) y;
            if (c != y || c < 0 || c >= classes) throw new IllegalArgumentException("label " + y + " is not one of " + classes + " classes");
            count[c]++;
            n++;
        }
        if (n == 0) throw new IllegalArgumentException("no labelled record to count classes on");
        int most = 0;
        for (int c = 1; c < classes; c++) if (count[c] > count[most]) most = c;
        double[] out = new double[classes];
        for (int c = 0; c < classes; c++) out[c] = Math.log((double) (count[c] > 0 ? count[c] : count[most]) / n);
        return out;
    }

    /** The class of each row: argmax of {@code logits - logPrior} (null prior: of the logits); the first of tied maxima. */
    public static int[] decide(double[][] logits, double[] logPrior) {
        int[] out = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            int best = 0;
            for (int k = 1; k < logits[i].length; k++) {
                double v = logits[i][k] - (logPrior == null ? 0 : logPrior[k]);
                double b = logits[i][best] - (logPrior == null ? 0 : logPrior[best]);
                if (v > b) best = k;
            }
            out[i] = best;
        }
        return out;
    }

    /**
     * Whether the balanced decision scores a strictly higher macro F1 than the argmax on these (inner-validation)
     * outputs; ties keep the argmax, the paper's rule.
     *
     * @param logits [row][class] logits or log-probabilities
     * @param truth  class of each row
     */
    public static boolean balancedIsBetter(double[][] logits, int[] truth, double[] logPrior) {
        return Classification.macroF1(truth, decide(logits, logPrior)) > Classification.macroF1(truth, decide(logits, null));
    }
}
