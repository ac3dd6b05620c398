package org.enecg.train;

import java.util.HashMap;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.TargetScaler;
import org.enecg.nn.Matrix;

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

    /**
     * The loss of these outputs for task {@code t} over the rows with a label: the mean squared error of the
     * standardised value ({@code scaler}: the heads' target scaling) or the cross-entropy of the softmax of the logits,
     * as training measures it; NaN when no row has a label.
     */
    public double loss(int t, Task task, double[] labels, TargetScaler scaler) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            double y = labels[rows[i]];
            if (Double.isNaN(y)) continue;
            double[] v = values[t][i];
            if (task.type().isClassification()) {
                double max = Double.NEGATIVE_INFINITY;
                for (double z : v) max = Math.max(max, z);
                double s = 0;
                for (double z : v) s += Math.exp(z - max);
                sum += Math.log(s) + max - v[(int) y];
            } else {
                double d = scaler.scale(v[0]) - scaler.scale(y);
                sum += d * d;
            }
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Per task the outputs of {@code b} where {@code useB[t]}, else of {@code a} (same expert and rows). */
    public static CrossFitted pick(CrossFitted a, CrossFitted b, boolean[] useB) {
        if (!java.util.Arrays.equals(a.rows, b.rows) || !a.expert.equals(b.expert)) {
            throw new IllegalArgumentException("cross-fitted outputs of " + a.expert + " and " + b.expert + " are for different rows");
        }
        double[][][] v = new double[useB.length][][];
        for (int t = 0; t < useB.length; t++) v[t] = (useB[t] ? b : a).values[t];
        return new CrossFitted(a.expert, a.rows, v);
    }

    /** Position of each row in {@link #rows()}. */
    Map<Integer, Integer> positions() {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.length; i++) at.put(rows[i], i);
        return at;
    }

    /** [expert][task] the cross-fitted outputs of the {@code used} rows in the model's output space (standardised values, logits). */
    static Matrix[][] headOutputs(EnEcgModel model, int[] used, Map<String, CrossFitted> crossFitted) {
        java.util.List<Task> tasks = model.tasks();
        Matrix[][] out = new Matrix[model.experts().size()][tasks.size()];
        for (int e = 0; e < out.length; e++) {
            CrossFitted cf = crossFitted.get(model.experts().get(e).name());
            Map<Integer, Integer> at = cf.positions();
            for (int t = 0; t < tasks.size(); t++) {
                boolean regression = !tasks.get(t).type().isClassification();
                int width = tasks.get(t).outputSize();
                Matrix m = new Matrix(used.length, width);
                for (int i = 0; i < used.length; i++) {
                    Integer p = at.get(used[i]);
                    if (p == null) throw new IllegalArgumentException("no cross-fitted output of " + cf.expert() + " for row " + used[i]);
                    double[] v = cf.values()[t][p];
                    for (int c = 0; c < width; c++) {
                        m.data[i * width + c] = (float) (regression ? model.targetScalers().get(t).scale(v[c]) : v[c]);
                    }
                }
                out[e][t] = m;
            }
        }
        return out;
    }
}
