package org.enecg.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enecg.metrics.Classification;

/**
 * The report's classification metrics, as {@link Classification} defines them (the authors' scikit-learn
 * definitions): {@code accuracy} of the most probable class, macro {@code precision}, {@code recall} and {@code f1},
 * and {@code auroc} ({@link Classification#auroc}; NaN, reported as null, where no class qualifies).
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
        for (int i = 0; i < n; i++) predicted[i] = Classification.argmax(probabilities[i]);
        Classification.Macro macro = Classification.macro(truth, predicted, k);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", Classification.accuracy(truth, predicted));
        m.put("precision", macro.precision());
        m.put("recall", macro.recall());
        m.put("f1", macro.f1());
        m.put("auroc", Classification.auroc(truth, probabilities, k));
        return m;
    }
}
