package org.enecg.eval;

import java.util.List;
import java.util.Map;
import org.enecg.data.Task;

/**
 * Everything measured for one task.
 *
 * @param task           the task
 * @param records        records with this task's label (each tested once)
 * @param methods        method name → scores ({@link Methods}), in report order
 * @param subsetRecords  subset name → labelled records in it
 * @param subsets        subset name → method name → scores on the subset's records of each test fold
 * @param gateWeights    expert name → per fold, EnECG's mean gate weight over the labelled test records
 * @param recordIds      the labelled records, in table order
 * @param truth          their labels
 * @param predictions    method name → per labelled record, its out-of-fold output (value, or class probabilities)
 */
public record TaskResult(Task task, int records, Map<String, MethodScores> methods, Map<String, Integer> subsetRecords,
                         Map<String, Map<String, MethodScores>> subsets, Map<String, double[]> gateWeights,
                         List<String> recordIds, double[] truth, Map<String, double[][]> predictions) {

    /** The metric that decides "better": MAE for regression (lower), macro F1 for classification (higher). */
    public String primaryMetric() { return task.type().isClassification() ? "f1" : "mae"; }

    public boolean lowerIsBetter() { return !task.type().isClassification(); }

    /** Whether {@code method}'s mean primary metric is strictly better than the constant predictor's. */
    public boolean beatsConstant(String method) {
        MethodScores c = methods.get(Methods.CONSTANT);
        MethodScores m = methods.get(method);
        if (c == null || m == null) return true;
        double a = m.mean(primaryMetric());
        double b = c.mean(primaryMetric());
        return lowerIsBetter() ? a < b : a > b;
    }

    /**
     * Whether method {@code a}'s mean primary metric is at least as good as {@code b}'s. Values equal within a
     * relative 1e-6 count as equal: a gate weight of 0.9999999 in float arithmetic is all the weight.
     */
    public boolean atLeastAsGood(String a, String b) {
        double x = methods.get(a).mean(primaryMetric());
        double y = methods.get(b).mean(primaryMetric());
        double slack = 1e-6 * Math.max(Math.abs(x), Math.abs(y));
        return lowerIsBetter() ? x <= y + slack : x >= y - slack;
    }

    /** The expert-alone method with the best mean primary metric, or null without baselines. */
    public String bestSingleExpert() {
        String best = null;
        for (String m : methods.keySet()) {
            if (!Methods.isAlone(m)) continue;
            if (best == null) best = m;
            else {
                double a = methods.get(m).mean(primaryMetric());
                double b = methods.get(best).mean(primaryMetric());
                if (lowerIsBetter() ? a < b : a > b) best = m;
            }
        }
        return best;
    }
}
