package org.enecg.model;

import org.enecg.nn.CrossEntropy;
import org.enecg.nn.Loss;
import org.enecg.nn.Matrix;
import org.enecg.nn.Mse;
import org.enecg.nn.Pass;

/**
 * One batch through the whole model: heads, gate, weighted sum, per-task losses and (optionally) the backward
 * pass that accumulates every trainable parameter's gradient. The total loss is the sum over tasks of each
 * task's mean loss over the batch records that have its label; tasks without a label in the batch are skipped.
 */
public final class BatchStep {
    private BatchStep() {}

    /**
     * A forward pass, in model units (standardised values, logits): combined outputs and weights per task, and
     * what the backward pass needs (each head's output, each gate output's weights).
     */
    record Forward(Matrix[] outputs, Matrix[] weights, Matrix[][] headOutputs, Matrix[] gateWeights) {}

    /**
     * Loss of a batch, and its gradients when {@code backward}.
     *
     * @param model    the model
     * @param in       prepared inputs of that model
     * @param rows     batch rows of {@code in}
     * @param targets  [task][row of in]: standardised regression targets or class indices; NaN = no label
     * @param pass     training (dropout) or inference
     * @param backward accumulate gradients into the trainable parameters
     * @return per-task mean loss over labelled batch records; NaN where the batch has no label for the task
     */
    public static double[] run(EnEcgModel model, PreparedInputs in, int[] rows, double[][] targets, Pass pass, boolean backward) {
        model.checkOwner(in);
        int nt = model.tasks().size();
        if (targets.length != nt) throw new IllegalArgumentException(nt + " tasks but targets for " + targets.length);
        double[][] batchTargets = new double[nt][rows.length];
        boolean[] active = new boolean[nt];
        for (int t = 0; t < nt; t++) {
            for (int i = 0; i < rows.length; i++) {
                batchTargets[t][i] = targets[t][rows[i]];
                if (!Double.isNaN(batchTargets[t][i])) active[t] = true;
            }
        }
        double[] losses = new double[nt];
        java.util.Arrays.fill(losses, Double.NaN);
        Forward f = forward(model, in, rows, pass, active);
        Matrix[][] headOut = f.headOutputs();
        Matrix[] dWeights = model.gate == null ? null : new Matrix[model.gate.outputCount()];
        for (int t = 0; t < nt; t++) {
            if (!active[t]) continue;
            Loss loss = model.tasks().get(t).type().isClassification()
                    ? CrossEntropy.of(f.outputs[t], batchTargets[t]) : Mse.of(f.outputs[t], batchTargets[t]);
            losses[t] = loss.value();
            if (!backward) continue;
            Matrix dOut = loss.grad();
            Matrix w = f.weights[t];
            int g = model.gateOutputOf(t);
            int ne = model.experts().size();
            for (int e = 0; e < ne; e++) {
                Matrix y = headOut[e][t];
                Matrix dy = new Matrix(y.rows, y.cols);
                for (int i = 0; i < y.rows; i++) {
                    float wi = w.get(i, e);
                    double dw = 0;
                    for (int k = 0; k < y.cols; k++) {
                        float d = dOut.get(i, k);
                        dy.set(i, k, wi * d);
                        dw += (double) d * y.get(i, k);
                    }
                    if (dWeights != null) {
                        if (dWeights[g] == null) dWeights[g] = new Matrix(rows.length, ne);
                        dWeights[g].data[i * ne + e] += (float) dw;
                    }
                }
                model.heads[e][t].backward(dy);
            }
        }
        if (backward && model.gate != null) {
            Matrix dHidden = null;
            for (int g = 0; g < dWeights.length; g++) {
                if (dWeights[g] == null) continue;
                Matrix d = model.gate.backwardOutput(g, f.gateWeights()[g], dWeights[g]);
                if (dHidden == null) dHidden = d;
                else for (int i = 0; i < d.data.length; i++) dHidden.data[i] += d.data[i];
            }
            if (dHidden != null) model.gate.backwardTrunk(dHidden);
        }
        return losses;
    }

    /** Forward pass; {@code active[t]} false skips task t (null: all tasks). */
    static Forward forward(EnEcgModel model, PreparedInputs in, int[] rows, Pass pass, boolean[] active) {
        int ne = model.experts().size();
        int nt = model.tasks().size();
        Matrix[] x = new Matrix[ne];
        for (int e = 0; e < ne; e++) x[e] = in.experts[e].selectRows(rows);
        Matrix[] gateW = null;
        if (model.gate != null) {
            Matrix xg = Matrix.gather(in.gate, rows, model.gateDim());
            Matrix base = in.gateBase != null ? in.gateBase.selectRows(rows) : null;
            Matrix hidden = model.gate.hidden(xg, base, pass);
            gateW = new Matrix[model.gate.outputCount()];
            for (int g = 0; g < gateW.length; g++) {
                boolean used = false;
                for (int t = 0; t < nt; t++) used |= model.gateOutputOf(t) == g && (active == null || active[t]);
                if (used) gateW[g] = model.gate.weights(g, hidden, pass);
            }
        }
        Matrix uniform = null;
        if (gateW == null) {
            uniform = new Matrix(rows.length, ne);
            uniform.fill(1f / ne);
        }
        Matrix[][] headOut = new Matrix[ne][nt];
        Matrix[] outputs = new Matrix[nt];
        Matrix[] weights = new Matrix[nt];
        for (int t = 0; t < nt; t++) {
            if (active != null && !active[t]) continue;
            Matrix w = gateW != null ? gateW[model.gateOutputOf(t)] : uniform;
            Matrix sum = new Matrix(rows.length, model.tasks().get(t).outputSize());
            for (int e = 0; e < ne; e++) {
                Matrix base = in.headBase != null ? in.headBase[e][t].selectRows(rows) : null;
                Matrix y = model.heads[e][t].forward(x[e], base, pass);
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
