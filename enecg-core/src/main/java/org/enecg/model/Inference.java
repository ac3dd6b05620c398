package org.enecg.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.cache.EmbeddingRows;
import org.enecg.nn.Matrix;
import org.enecg.nn.Pass;

/** How a model reads rows ({@link EnEcgModel#prepare}) and answers for them ({@link EnEcgModel#infer}, {@link EnEcgModel#predict}). */
final class Inference {
    /** Rows per chunk when predicting. */
    private static final int CHUNK = 256;

    private Inference() {}

    static PreparedInputs prepare(EnEcgModel model, EmbeddingRows rows, boolean precomputeFrozen, FrozenCache cache) {
        int n = rows.size();
        List<String> have = rows.expertNames();
        for (ExpertInfo info : model.experts()) {
            int e = have.indexOf(info.name());
            if (e < 0) {
                throw new IllegalArgumentException(model.origin() + ": expert '" + info.name() + "' is not in the data; the data has " + have);
            }
            if (!rows.fingerprint(e).equals(info.fingerprint())) {
                throw new IllegalArgumentException(model.origin() + ": expert '" + info.name() + "' has fingerprint " + info.fingerprint()
                        + " in the model but " + rows.fingerprint(e) + " in the data (a different model or preprocessing)");
            }
            if (n > 0 && rows.dim(e) != info.dim()) {
                throw new IllegalArgumentException(model.origin() + ": expert '" + info.name() + "' outputs " + info.dim()
                        + " values in the model but " + rows.dim(e) + " in the data");
            }
        }
        if (n > 0 && model.gated() && model.config().gateSource() == GateSource.SIGNAL && rows.gateDim() != model.gateDim()) {
            throw new IllegalArgumentException(model.origin() + ": the gate reads " + model.gateDim() + " values (" + model.gateInput()
                    + ") but the data's gate input has " + rows.gateDim());
        }
        EmbeddingRows source = have.equals(model.expertNames()) ? rows : rows.withExperts(model.expertNames());
        PreparedInputs plain = new PreparedInputs(model, source, null, null);
        if (!precomputeFrozen || n == 0) return plain;
        int[] all = range(n);
        Matrix[] x = new Matrix[model.experts().size()];
        for (int e = 0; e < x.length; e++) x[e] = plain.expert(e, all);
        Matrix[][] headBase = FrozenLayers.heads(model, x, source.recordIds(), cache);
        Matrix[] gateBase = FrozenLayers.gates(model, () -> plain.gate(all, x), source.recordIds(), cache);
        return new PreparedInputs(model, source, headBase, gateBase);
    }

    /** Outputs for the given rows; {@code fixedHeads} as in {@link PreparedInputs#batch}. */
    static ModelOutputs infer(EnEcgModel model, PreparedInputs in, Matrix[][] fixedHeads, int[] rows) {
        model.checkOwner(in);
        int nt = model.tasks().size();
        double[][][] values = new double[nt][rows.length][];
        double[][][] weights = new double[nt][rows.length][];
        for (int start = 0; start < rows.length; start += CHUNK) {
            int[] chunk = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + CHUNK));
            Network.Forward f = model.network().forward(in.batch(chunk, fixedHeads), Pass.inference(), null);
            for (int t = 0; t < nt; t++) {
                Matrix out = f.outputs()[t];
                Matrix w = f.weights()[t];
                boolean regression = !model.tasks().get(t).type().isClassification();
                Matrix probs = regression ? out : model.decisions().probabilities(t, out);
                for (int i = 0; i < chunk.length; i++) {
                    double[] v = new double[out.cols];
                    for (int k = 0; k < out.cols; k++) {
                        v[k] = regression ? model.targetScalers().get(t).unscale(out.get(i, k)) : probs.get(i, k);
                    }
                    values[t][start + i] = v;
                    double[] wi = new double[w.cols];
                    for (int k = 0; k < w.cols; k++) wi[k] = w.get(i, k);
                    weights[t][start + i] = wi;
                }
            }
        }
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) ids.add(in.recordIds().get(r));
        return new ModelOutputs(ids, values, weights);
    }

    /** [expert][task] every head's output for every prepared row (no dropout). */
    static Matrix[][] headOutputs(EnEcgModel model, PreparedInputs in) {
        model.checkOwner(in);
        int n = in.size();
        int ne = model.experts().size();
        int nt = model.tasks().size();
        Matrix[][] out = new Matrix[ne][nt];
        if (n == 0) {
            for (int e = 0; e < ne; e++) for (int t = 0; t < nt; t++) out[e][t] = new Matrix(0, model.tasks().get(t).outputSize());
            return out;
        }
        Network.Forward f = model.network().forward(in.batch(range(n), null), Pass.inference(), null);
        for (int e = 0; e < ne; e++) for (int t = 0; t < nt; t++) out[e][t] = f.headOutputs()[e][t];
        return out;
    }

    static List<Prediction> predict(EnEcgModel model, EmbeddingRows rows) {
        PreparedInputs in = prepare(model, rows, false, null);
        ModelOutputs o = infer(model, in, null, range(rows.size()));
        List<Prediction> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, TaskOutput> byTask = new LinkedHashMap<>();
            for (int t = 0; t < model.tasks().size(); t++) {
                double[] v = o.values()[t][i];
                Map<String, Double> w = new LinkedHashMap<>();
                for (int e = 0; e < model.experts().size(); e++) w.put(model.experts().get(e).name(), o.gateWeights()[t][i][e]);
                boolean regression = !model.tasks().get(t).type().isClassification();
                double value = regression ? v[0] : argmax(v);
                byTask.put(model.tasks().get(t).name(), new TaskOutput(value, regression ? new double[0] : v, w));
            }
            out.add(new Prediction(o.recordIds().get(i), byTask));
        }
        return out;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
        return best;
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }
}
