package org.enecg.model;

import org.enecg.nn.CrossEntropy;
import org.enecg.nn.Loss;
import org.enecg.nn.Matrix;
import org.enecg.nn.Mse;
import org.enecg.nn.Pass;

/**
 * One batch through the whole model: heads, gates, weighted sum, per-task losses and (optionally) the backward
 * pass that accumulates every trainable parameter's gradient. The total loss is the sum over tasks of each
 * task's mean loss over the batch records that have its label; tasks without a label in the batch, or switched
 * off by the caller (stopped early), are skipped entirely. With fixed head outputs (the staged schedule's gate stage)
 * those are combined instead of running the heads, and only the gates get gradients.
 */
public final class BatchStep {
    private BatchStep() {}

    /** {@link #run(EnEcgModel, PreparedInputs, Matrix[][], int[], double[][], Pass, boolean, boolean[])}: heads run, every task. */
    public static double[] run(EnEcgModel model, PreparedInputs in, int[] rows, double[][] targets, Pass pass, boolean backward) {
        return run(model, in, null, rows, targets, pass, backward, null);
    }

    /**
     * Loss of a batch, and its gradients when {@code backward}.
     *
     * @param model      the model
     * @param in         prepared inputs of that model
     * @param fixedHeads [expert][task] head outputs for every row of {@code in} to combine instead of running the heads;
     *                   null: the heads run (and learn)
     * @param rows       batch rows of {@code in}
     * @param targets    [task][row of in]: standardised regression targets or class indices; NaN = no label
     * @param pass       training (dropout) or inference
     * @param backward   accumulate gradients into the trainable parameters
     * @param enabled    tasks to run (null: all)
     * @return per-task mean loss over labelled batch records; NaN where the task did not run
     */
    public static double[] run(EnEcgModel model, PreparedInputs in, Matrix[][] fixedHeads, int[] rows, double[][] targets, Pass pass,
                               boolean backward, boolean[] enabled) {
        model.checkOwner(in);
        int nt = model.tasks().size();
        if (targets.length != nt) throw new IllegalArgumentException(nt + " tasks but targets for " + targets.length);
        double[][] batchTargets = new double[nt][rows.length];
        boolean[] active = new boolean[nt];
        for (int t = 0; t < nt; t++) {
            if (enabled != null && !enabled[t]) continue;
            for (int i = 0; i < rows.length; i++) {
                batchTargets[t][i] = targets[t][rows[i]];
                if (!Double.isNaN(batchTargets[t][i])) active[t] = true;
            }
        }
        double[] losses = new double[nt];
        java.util.Arrays.fill(losses, Double.NaN);
        Network.Forward f = model.network().forward(in.batch(rows, fixedHeads), pass, active);
        Matrix[] dOut = new Matrix[nt];
        for (int t = 0; t < nt; t++) {
            if (!active[t]) continue;
            Loss loss = model.tasks().get(t).type().isClassification()
                    ? CrossEntropy.of(f.outputs()[t], batchTargets[t]) : Mse.of(f.outputs()[t], batchTargets[t]);
            losses[t] = loss.value();
            if (backward) dOut[t] = loss.grad();
        }
        if (backward) model.network().backward(f, dOut);
        return losses;
    }
}
