package org.enecg.model;

import java.util.HashSet;
import java.util.Set;

/**
 * What a {@link ClassDecision#BALANCED} decision needs, and how {@link ClassDecision#CHOSEN} picks between the two
 * rules: class frequencies of the training records, and macro F1 with scikit-learn's semantics (the classes present
 * in the labels or the predictions, zero division 0), the primary metric of classification tasks.
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

    /** Macro F1 over the classes present in {@code truth} or {@code predicted}; a class without predictions or labels scores 0. */
    public static double macroF1(int[] truth, int[] predicted) {
        if (truth.length != predicted.length) throw new IllegalArgumentException(truth.length + " labels, " + predicted.length + " predictions");
        if (truth.length == 0) return Double.NaN;
        Set<Integer> classes = new HashSet<>();
        for (int i = 0; i < truth.length; i++) {
            classes.add(truth[i]);
            classes.add(predicted[i]);
        }
        double sum = 0;
        for (int c : classes) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < truth.length; i++) {
                if (predicted[i] == c && truth[i] == c) tp++;
                else if (predicted[i] == c) fp++;
                else if (truth[i] == c) fn++;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / classes.size();
    }

    /**
     * Whether the balanced decision scores a strictly higher macro F1 than the argmax on these (inner-validation)
     * outputs; ties keep the argmax, the paper's rule.
     *
     * @param logits [row][class] logits or log-probabilities
     * @param truth  class of each row
     */
    public static boolean balancedIsBetter(double[][] logits, int[] truth, double[] logPrior) {
        return macroF1(truth, decide(logits, logPrior)) > macroF1(truth, decide(logits, null));
    }
}
