package org.enecg.model;

import java.util.Map;

/**
 * One task's answer for one record.
 *
 * @param value         the regression value in the label's unit, or the predicted class index
 * @param probabilities class probabilities (empty for regression)
 * @param gateWeights   expert name → weight W_i used for this task (sums to 1); the explanation
 */
public record TaskOutput(double value, double[] probabilities, Map<String, Double> gateWeights) {
    public TaskOutput {
        probabilities = probabilities.clone();
        gateWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gateWeights));
    }

    @Override public double[] probabilities() { return probabilities.clone(); }
}
