package org.enecg.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Classification metrics, with the same definitions as the authors' evaluation (scikit-learn
 * {@code accuracy_score} and {@code precision_recall_fscore_support(average="macro")}):
 * <ul>
 *   <li>{@code accuracy}: share of records whose most probable class is the label;</li>
 *   <li>{@code precision}, {@code recall}, {@code f1}: per class, then the unweighted mean over the classes that
 *       occur among the labels or the predictions of these records; a class never predicted has precision 0, a
 *       class with precision and recall 0 has F1 0 (scikit-learn's {@code zero_division} default);</li>
 *   <li>{@code auroc}: binary tasks, the AUROC of class 1's probability; multiclass, one-vs-rest AUROC of each
 *       class's probability averaged over the classes that occur among the labels (and not in all of them).
 *       NaN where no class qualifies (reported as null).</li>
 * </ul>
 */
public final class ClassificationMetrics {
    private ClassificationMetrics() {}

    /**
     * @param truth         class index per record
     * @param probabilities class probabilities per record (K columns)
     */
    public static Map<String, Double> of(int[] truth, double[][] probabilities) {
        int n = truth.length;
        if (probabilities.length != n) throw new IllegalArgumentException(n + " labels but " + probabilities.length + " predictions");
        int k = n == 0 ? 0 : probabilities[0].length;
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) predicted[i] = argmax(probabilities[i]);
        return of(truth, predicted, probabilities, k);
    }

    static Map<String, Double> of(int[] truth, int[] predicted, double[][] probabilities, int k) {
        int n = truth.length;
        long[] tp = new long[k];
        long[] predCount = new long[k];
        long[] trueCount = new long[k];
        long correct = 0;
        for (int i = 0; i < n; i++) {
            trueCount[truth[i]]++;
            predCount[predicted[i]]++;
            if (truth[i] == predicted[i]) {
                tp[truth[i]]++;
                correct++;
            }
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
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", n == 0 ? Double.NaN : (double) correct / n);
        m.put("precision", classes == 0 ? Double.NaN : p / classes);
        m.put("recall", classes == 0 ? Double.NaN : r / classes);
        m.put("f1", classes == 0 ? Double.NaN : f / classes);
        m.put("auroc", auroc(truth, probabilities, k));
        return m;
    }

    private static double auroc(int[] truth, double[][] probabilities, int k) {
        int n = truth.length;
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
        return used == 0 || n == 0 ? Double.NaN : sum / used;
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

    static int argmax(double[] v) {
        int best = 0;
        for (int c = 1; c < v.length; c++) if (v[c] > v[best]) best = c;
        return best;
    }
}
