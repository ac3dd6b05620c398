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
 * off by the caller (stopped early), are skipped entirely. When the heads are frozen
 * ({@link EnEcgModel#freezeHeads}) their precomputed outputs are used and only the gates get gradients.
 */
public final class BatchStep {
    private BatchStep() {}

    /**
     * A forward pass, in model units (standardised values, logits): combined outputs and weights per task, and
     * what the backward pass needs (each head's output; each gate output's weights, [gate][output]).
     */
    record Forward(Matrix[] outputs, Matrix[] weights, Matrix[][] headOutputs, Matrix[][] gateWeights) {}

    /** {@link #run(EnEcgModel, PreparedInputs, int[], double[][], Pass, boolean, boolean[])} for every task. */
    public static double[] run(EnEcgModel model, PreparedInputs in, int[] rows, double[][] targets, Pass pass, boolean backward) {
        return run(model, in, rows, targets, pass, backward, null);
    }

    /**
     * Loss of a batch, and its gradients when {@code backward}.
     *
     * @param model    the model
     * @param in       prepared inputs of that model
     * @param rows     batch rows of {@code in}
     * @param targets  [task][row of in]: standardised regression targets or class indices; NaN = no label
     * @param pass     training (dropout) or inference
     * @param backward accumulate gradients into the trainable parameters
     * @param enabled  tasks to run (null: all)
     * @return per-task mean loss over labelled batch records; NaN where the task did not run
     */
    public static double[] run(EnEcgModel model, PreparedInputs in, int[] rows, double[][] targets, Pass pass, boolean backward,
                               boolean[] enabled) {
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
        Forward f = forward(model, in, rows, pass, active);
        int ne = model.experts().size();
        Matrix[][] dWeights = new Matrix[model.gates.length][];
        for (int gi = 0; gi < model.gates.length; gi++) dWeights[gi] = new Matrix[model.gates[gi].outputCount()];
        for (int t = 0; t < nt; t++) {
            if (!active[t]) continue;
            Loss loss = model.tasks().get(t).type().isClassification()
                    ? CrossEntropy.of(f.outputs[t], batchTargets[t]) : Mse.of(f.outputs[t], batchTargets[t]);
            losses[t] = loss.value();
            if (!backward) continue;
            Matrix dOut = loss.grad();
            Matrix w = f.weights[t];
            Matrix dw = null;
            if (model.gates.length > 0) {
                Matrix[] slot = dWeights[model.gateOf(t)];
                int o = model.gateOutputOf(t);
                if (slot[o] == null) slot[o] = new Matrix(rows.length, ne);
                dw = slot[o];
            }
            for (int e = 0; e < ne; e++) {
                Matrix y = f.headOutputs[e][t];
                Matrix dy = new Matrix(y.rows, y.cols);
                for (int i = 0; i < y.rows; i++) {
                    float wi = w.get(i, e);
                    double dwi = 0;
                    for (int k = 0; k < y.cols; k++) {
                        float d = dOut.get(i, k);
                        dy.set(i, k, wi * d);
                        dwi += (double) d * y.get(i, k);
                    }
                    if (dw != null) dw.data[i * ne + e] += (float) dwi;
                }
                if (in.headOutputs == null) model.heads[e][t].backward(dy);
            }
        }
        if (backward) {
            for (int gi = 0; gi < model.gates.length; gi++) {
                Matrix dHidden = null;
                for (int o = 0; o < dWeights[gi].length; o++) {
                    if (dWeights[gi][o] == null) continue;
                    Matrix d = model.gates[gi].backwardOutput(o, f.gateWeights[gi][o], dWeights[gi][o]);
                    if (dHidden == null) dHidden = d;
                    else for (int i = 0; i < d.data.length; i++) dHidden.data[i] += d.data[i];
                }
                if (dHidden != null) model.gates[gi].backwardTrunk(dHidden);
            }
        }
        return losses;
    }

    /** Forward pass; {@code active[t]} false skips task t (null: all tasks). */
    static Forward forward(EnEcgModel model, PreparedInputs in, int[] rows, Pass pass, boolean[] active) {
        int ne = model.experts().size();
        int nt = model.tasks().size();
        Matrix[] x = new Matrix[ne];
        if (in.headOutputs == null) for (int e = 0; e < ne; e++) x[e] = in.experts[e].selectRows(rows);
        Matrix[][] gateW = new Matrix[model.gates.length][];
        Matrix xg = null;
        for (int gi = 0; gi < model.gates.length; gi++) {
            Gate gate = model.gates[gi];
            gateW[gi] = new Matrix[gate.outputCount()];
            boolean[] used = new boolean[gate.outputCount()];
            boolean any = false;
            for (int t = 0; t < nt; t++) {
                if (model.gateOf(t) == gi && (active == null || active[t])) {
                    used[model.gateOutputOf(t)] = true;
                    any = true;
                }
            }
            if (!any) continue;
            if (xg == null) xg = in.gate.gather(rows);
            Matrix base = in.gateBase != null ? in.gateBase[gi].selectRows(rows) : null;
            Matrix hidden = gate.hidden(xg, base, pass);
            for (int o = 0; o < used.length; o++) if (used[o]) gateW[gi][o] = gate.weights(o, hidden, pass);
        }
        Matrix uniform = null;
        if (model.gates.length == 0) {
            uniform = new Matrix(rows.length, ne);
            uniform.fill(1f / ne);
        }
        Matrix[][] headOut = new Matrix[ne][nt];
        Matrix[] outputs = new Matrix[nt];
        Matrix[] weights = new Matrix[nt];
        for (int t = 0; t < nt; t++) {
            if (active != null && !active[t]) continue;
            Matrix w = uniform != null ? uniform : gateW[model.gateOf(t)][model.gateOutputOf(t)];
            Matrix sum = new Matrix(rows.length, model.tasks().get(t).outputSize());
            for (int e = 0; e < ne; e++) {
                Matrix y;
                if (in.headOutputs != null) {
                    y = in.headOutputs[e][t].selectRows(rows);
                } else {
                    Matrix base = in.headBase != null && in.headBase[e][t] != null ? in.headBase[e][t].selectRows(rows) : null;
                    y = model.heads[e][t].forward(x[e], base, pass);
                }
                headOut[e][t] = y;
                for (int i = 0; i < y.rows; i++) {
                    float wi = w.get(i, e);
                    for (int k = 0; k < y.cols; k++) sum.data[i * y.cols + k] += wi * y.get(i, k);
                }
            }
            outputs[t] = sum;
            weights[t] = w;
        }
        return new Forward(outputs, weights, headOut, gateW);
    }
}
