package org.enecg.metrics;

/**
 * Classification metrics with the definitions of the authors' evaluation (scikit-learn {@code accuracy_score} and
 * {@code precision_recall_fscore_support(average="macro")}): per class precision, recall and F1, then the unweighted
 * mean over the classes that occur among the labels or the predictions; a class never predicted has precision 0, a
 * class with precision and recall 0 has F1 0 ({@code zero_division} 0).
 */
public final class Classification {
    private Classification() {}

    /** Macro precision, recall and F1; NaN when there are no records. */
    public record Macro(double precision, double recall, double f1) {}

    /** Share of records whose predicted class is the label; NaN for no records. */
    public static double accuracy(int[] truth, int[] predicted) {
        check(truth, predicted);
        long correct = 0;
        for (int i = 0; i < truth.length; i++) if (truth[i] == predicted[i]) correct++;
        return truth.length == 0 ? Double.NaN : (double) correct / truth.length;
    }

    /** Macro precision, recall and F1 over {@code k} classes (class indices 0..k-1). */
    public static Macro macro(int[] truth, int[] predicted, int k) {
        check(truth, predicted);
        long[] tp = new long[k];
        long[] predCount = new long[k];
        long[] trueCount = new long[k];
        for (int i = 0; i < truth.length; i++) {
            trueCount[truth[i]]++;
            predCount[predicted[i]]++;
            if (truth[i] == predicted[i]) tp[truth[i]]++;
        }
        double p = 0, r = 0, f = 0;
        int classes = 0;
        for (int c = 0; c < k; c++) {
            if (trueCount[c] == 0 && predCount[c] == 0) continue;
            classes++;
            double prec = predCount[c] == 0 ? 0 : (double) tp[c] / predCount[c];
            double rec = trueCount[c] == 0 ? 0 : (double) tp[c] / trueCount[c];
            p += prec;
            r += rec;
            f += prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        }
        return classes == 0 ? new Macro(Double.NaN, Double.NaN, Double.NaN) : new Macro(p / classes, r / classes, f / classes);
    }

    /** Macro F1 over the classes that occur (any non-negative class indices). */
    public static double macroF1(int[] truth, int[] predicted) {
        int k = 0;
        for (int i = 0; i < truth.length; i++) k = Math.max(k, Math.max(truth[i], predicted[i]) + 1);
        return macro(truth, predicted, k).f1();
    }

    /** Index of the largest value; the first of tied maxima. */
    public static int argmax(double[] v) {
        int best = 0;
        for (int c = 1; c < v.length; c++) if (v[c] > v[best]) best = c;
        return best;
    }

    /**
     * AUROC of class probabilities: binary tasks, of class 1's probability; multiclass, one-vs-rest AUROC of each class's
     * probability averaged over the classes that occur among the labels (and not in all of them). NaN where no class
     * qualifies.
     */
    public static double auroc(int[] truth, double[][] probabilities, int k) {
        if (k == 2) return Auroc.of(column(probabilities, 1), positives(truth, 1));
        double sum = 0;
        int used = 0;
        for (int c = 0; c < k; c++) {
            double a = Auroc.of(column(probabilities, c), positives(truth, c));
            if (!Double.isNaN(a)) {
                sum += a;
                used++;
            }
        }
        return used == 0 || truth.length == 0 ? Double.NaN : sum / used;
    }

    private static double[] column(double[][] p, int c) {
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) v[i] = p[i][c];
        return v;
    }

    private static boolean[] positives(int[] truth, int c) {
        boolean[] b = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) b[i] = truth[i] == c;
        return b;
    }

    private static void check(int[] truth, int[] predicted) {
        if (truth.length != predicted.length) throw new IllegalArgumentException(truth.length + " labels, " + predicted.length + " predictions");
    }
}
