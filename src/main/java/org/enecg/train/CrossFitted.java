package org.enecg.train;

import java.util.HashMap;
import java.util.Map;

/**
 * One expert's head outputs for a set of training rows, each computed by heads that did not train on that row's
 * subject (cross-fitting, {@link Trainer#crossFit}): what the gate of the staged schedule learns from when
 * {@link TrainConfig#gateFolds()} is 2 or more.
 *
 * @param expert the expert
 * @param rows   table rows, in the order of {@code values}
 * @param values [task][i] the output for {@code rows[i]}: the value in the label's unit (regression) or the class
 *               logits (classification)
 */
public record CrossFitted(String expert, int[] rows, double[][][] values) {
    public CrossFitted {
        rows = rows.clone();
        for (double[][] task : values) {
            if (task.length != rows.length) throw new IllegalArgumentException(expert + ": " + task.length + " outputs for " + rows.length + " rows");
        }
    }

    /** Position of each row in {@link #rows()}. */
    Map<Integer, Integer> positions() {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.length; i++) at.put(rows[i], i);
        return at;
    }
}
