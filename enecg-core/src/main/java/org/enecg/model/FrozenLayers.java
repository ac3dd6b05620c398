package org.enecg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.enecg.nn.Matrix;

/**
 * The frozen layers of a model under LoRA, computed once for all rows of {@link PreparedInputs} (they cannot change
 * while only adapters train): the first layer of each LoRA head and each gate's trunk. Each layer is keyed in the
 * {@link FrozenCache} by what its output depends on: init seed, layer name and width, and the scaling of its input.
 */
final class FrozenLayers {
    private FrozenLayers() {}

    /** [expert][task] the first-layer outputs of the LoRA heads (null for a fully trained head), or null when no head is LoRA. */
    static Matrix[][] heads(EnEcgModel model, Matrix[] x, List<String> ids, FrozenCache cache) {
        int ne = model.experts().size();
        int nt = model.tasks().size();
        boolean anyLoraHead = false;
        for (int e = 0; e < ne; e++) for (int t = 0; t < nt; t++) anyLoraHead |= model.headShape(e, t).adaptation() == Adaptation.LORA;
        if (!anyLoraHead) return null;
        Matrix[][] out = new Matrix[ne][nt];
        for (int e = 0; e < ne; e++) {
            String scaling = scalingKey(model, e);
            for (int t = 0; t < nt; t++) {
                Head h = model.heads[e][t];
                HeadShape shape = model.headShape(e, t);
                if (shape.adaptation() != Adaptation.LORA) continue;   // a fully trained first layer changes every step
                Matrix input = x[e];
                out[e][t] = frozen(cache, model.initSeed() + "|" + h.name + ".l1|w" + shape.width() + "|" + scaling, ids,
                        rows -> h.frozenFirstLayer(rows.length == input.rows ? input : input.selectRows(rows)), shape.width());
            }
        }
        return out;
    }

    /** [gate] the trunk outputs of the gates for gate input {@code g}, or null without gates, without LoRA or without a gate input. */
    static Matrix[] gates(EnEcgModel model, GateRows g, List<String> ids, FrozenCache cache) {
        ModelConfig config = model.config();
        Gate[] gates = model.gates;
        if (config.adaptation() != Adaptation.LORA || config.gateSource() == GateSource.NONE || gates.length == 0) return null;
        Matrix[] out = new Matrix[gates.length];
        for (int i = 0; i < gates.length; i++) {
            Gate gt = gates[i];
            // the gate input is gathered GATE_CHUNK rows at a time (it may be read from disk); rows are independent
            // in the product, so the result is the same as one product over all rows
            out[i] = frozen(cache, model.initSeed() + "|" + gt.name + ".trunk|" + model.gateDim() + gateScalingKey(model), ids,
                    rows -> chunked(rows, g, gt::frozenTrunk, config.gateHidden()), config.gateHidden());
        }
        return out;
    }

    /** Gate rows read per chunk of the sources, each chunk projected; the projections stacked. */
    private static final int GATE_CHUNK = 1024;

    private static Matrix chunked(int[] rows, GateRows g, Function<Matrix, Matrix> project, int width) {
        Matrix out = new Matrix(rows.length, width);
        for (int start = 0; start < rows.length; start += GATE_CHUNK) {
            int[] chunk = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + GATE_CHUNK));
            Matrix p = project.apply(g.gather(chunk));
            System.arraycopy(p.data, 0, out.data, start * width, p.data.length);
        }
        return out;
    }

    /** The frozen layer's output for every row: cached rows reused, the others computed in one product and cached. */
    private static Matrix frozen(FrozenCache cache, String layerKey, List<String> ids, Function<int[], Matrix> project, int width) {
        if (cache == null) return project.apply(EnEcgModel.allRows(ids.size()));
        int n = ids.size();
        Matrix out = new Matrix(n, width);
        List<Integer> missing = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            float[] row = cache.get(layerKey, ids.get(r));
            if (row == null) missing.add(r);
            else System.arraycopy(row, 0, out.data, r * width, width);
        }
        if (!missing.isEmpty()) {
            int[] rows = missing.stream().mapToInt(Integer::intValue).toArray();
            Matrix computed = project.apply(rows);
            for (int i = 0; i < rows.length; i++) {
                float[] row = java.util.Arrays.copyOfRange(computed.data, i * width, (i + 1) * width);
                System.arraycopy(row, 0, out.data, rows[i] * width, width);
                cache.put(layerKey, ids.get(rows[i]), row);
            }
        }
        return out;
    }

    /** What, besides the record, the gate's input depends on: nothing for the signal, every expert's scaling otherwise. */
    private static String gateScalingKey(EnEcgModel model) {
        if (model.config().gateSource() != GateSource.EXPERT_OUTPUTS) return "";
        StringBuilder k = new StringBuilder("|experts");
        for (int e = 0; e < model.experts().size(); e++) k.append('|').append(scalingKey(model, e));
        return k.toString();
    }

    /** Identifies the scaling of expert {@code e}'s features (the input of its heads' first layers). */
    private static String scalingKey(EnEcgModel model, int e) {
        ModelConfig config = model.config();
        FeatureScaler s = model.featureScalers().get(e);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(16 * s.dim());
        for (double v : s.mean()) buf.putDouble(v);
        for (double v : s.std()) buf.putDouble(v);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(buf.array());
            return model.experts().get(e).fingerprint() + "|" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "|"
                    + (config.standardiseFeatures() ? config.featureClip() : "raw");
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JVM", ex);
        }
    }
}
