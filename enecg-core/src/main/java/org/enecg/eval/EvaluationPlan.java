package org.enecg.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a cross-validation run computes besides EnECG itself.
 *
 * @param folds     number of subject-wise folds (paper: 3)
 * @param baselines each expert alone, the uniform average of their heads, and the constant predictor
 * @param ablations experts to leave out one at a time ("ensemble without X"), each a full EnECG over the others
 * @param subsets   named subsets of record ids (e.g. {@code ludb}) on which every metric is also reported
 * @param threads   models trained in parallel (results do not depend on it); at least 1
 */
public record EvaluationPlan(int folds, boolean baselines, List<String> ablations, Map<String, Set<String>> subsets, int threads) {
    public EvaluationPlan {
        if (folds < 2) throw new IllegalArgumentException("folds must be at least 2, found " + folds);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        ablations = List.copyOf(ablations);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        subsets.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        subsets = java.util.Collections.unmodifiableMap(copy);
    }

    /** {@code folds} folds, all baselines, no ablations or subsets, one thread per processor. */
    public static EvaluationPlan of(int folds) {
        return new EvaluationPlan(folds, true, List.of(), Map.of(), Runtime.getRuntime().availableProcessors());
    }

    public EvaluationPlan withAblations(List<String> experts) {
        return new EvaluationPlan(folds, baselines, experts, subsets, threads);
    }

    public EvaluationPlan withSubsets(Map<String, Set<String>> s) {
        return new EvaluationPlan(folds, baselines, ablations, s, threads);
    }

    public EvaluationPlan withThreads(int n) {
        return new EvaluationPlan(folds, baselines, ablations, subsets, n);
    }

    public EvaluationPlan withBaselines(boolean on) {
        return new EvaluationPlan(folds, on, ablations, subsets, threads);
    }
}
