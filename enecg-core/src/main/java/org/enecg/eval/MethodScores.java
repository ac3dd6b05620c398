package org.enecg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One method's metrics on one task, per fold, with mean and standard deviation over folds. The standard deviation
 * is the population one (numpy's default {@code np.std}, as in the authors' evaluation). Folds where a metric is
 * undefined (NaN, e.g. AUROC with one class) are left out of its mean and std.
 *
 * @param folds metric name → value, one map per fold
 */
public record MethodScores(List<Map<String, Double>> folds) {
    public MethodScores {
        List<Map<String, Double>> copy = new ArrayList<>();
        for (Map<String, Double> f : folds) copy.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(f)));
        folds = List.copyOf(copy);
    }

    /** Metric names, in first-fold order. */
    public List<String> metrics() {
        return folds.isEmpty() ? List.of() : List.copyOf(folds.get(0).keySet());
    }

    public double[] values(String metric) {
        return folds.stream().mapToDouble(f -> f.getOrDefault(metric, Double.NaN)).toArray();
    }

    public double mean(String metric) {
        double s = 0;
        int n = 0;
        for (double v : values(metric)) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    public double std(String metric) {
        double m = mean(metric);
        double s = 0;
        int n = 0;
        for (double v : values(metric)) {
            if (!Double.isNaN(v)) {
                s += (v - m) * (v - m);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(s / n);
    }
}
