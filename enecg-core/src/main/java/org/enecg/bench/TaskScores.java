package org.enecg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.eval.ClassificationMetrics;
import org.enecg.eval.RegressionMetrics;

/**
 * Test-fold predictions of one task gathered fold by fold, scored per fold and averaged: mean absolute error for
 * regression, accuracy for classification (the paper's first metric of each kind). Only to show that both procedures
 * learn the same thing; the quality of the model is not what the bench measures.
 */
final class TaskScores {
    private final Task task;
    private final List<Double> perFold = new ArrayList<>();

    TaskScores(Task task) { this.task = task; }

    /**
     * Scores one fold.
     *
     * @param truth  labels (regression: the label's unit; classification: class index)
     * @param values per record: the regression value, or the class probabilities
     */
    void addFold(double[] truth, double[][] values) {
        if (truth.length == 0) return;
        if (task.type().isClassification()) {
            int[] t = new int[truth.length];
            for (int i = 0; i < t.length; i++) t[i] = (int) truth[i];
            perFold.add(ClassificationMetrics.of(t, values).get("accuracy"));
        } else {
            double[] p = new double[truth.length];
            for (int i = 0; i < p.length; i++) p[i] = values[i][0];
            perFold.add(RegressionMetrics.of(truth, p).get("mae"));
        }
    }

    String metric() { return task.type().isClassification() ? "accuracy" : "MAE " + task.unit(); }

    double mean() { return perFold.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN); }

    /** Every task's mean, by task name. */
    static Map<String, Double> means(Map<String, TaskScores> scores) {
        Map<String, Double> m = new LinkedHashMap<>();
        scores.forEach((k, v) -> m.put(k, v.mean()));
        return m;
    }
}
