package org.enecg.model;

import java.util.List;
import org.enecg.cache.EmbeddingRows;
import org.enecg.nn.Matrix;

/**
 * Rows made ready for one model, a value: the source rows (read only through {@link EmbeddingRows}, so they may
 * stream from disk), the model's expert order and scalers, and (under LoRA, when asked) the frozen first layers'
 * outputs computed once for all rows, since they cannot change while only adapters train. A mini-batch is gathered by
 * row index ({@link #batch}); each expert's outputs are standardised as they are gathered. Valid only for the model
 * that made it.
 */
public final class PreparedInputs {
    private final EnEcgModel model;
    private final EmbeddingRows source;   // the model's experts, in its order
    private final Matrix[][] headBase;    // [expert][task] N × hidden, or null
    private final Matrix[] gateBase;      // [gate] N × gateHidden, or null

    PreparedInputs(EnEcgModel model, EmbeddingRows source, Matrix[][] headBase, Matrix[] gateBase) {
        this.model = model;
        this.source = source;
        this.headBase = headBase;
        this.gateBase = gateBase;
    }

    public int size() { return source.size(); }

    public List<String> recordIds() { return source.recordIds(); }

    /** Whether the frozen first layers were precomputed. */
    public boolean precomputed() { return headBase != null || gateBase != null; }

    boolean belongsTo(EnEcgModel m) { return model == m; }

    /** Non-finite expert outputs or gate inputs (replaced by the training mean, or 0 for the gate); one pass over the rows. */
    public int repairedValues() {
        int n = 0;
        for (int e = 0; e < source.nExperts(); e++) {
            for (int r = 0; r < source.size(); r++) for (float v : source.row(e, r)) if (!Float.isFinite(v)) n++;
        }
        if (model.gated() && model.config().gateSource() == GateSource.SIGNAL) {
            for (int r = 0; r < source.size(); r++) for (float v : source.gateInput(r)) if (!Float.isFinite(v)) n++;
        }
        return n;
    }

    /** Expert {@code e}'s standardised outputs for the given rows. */
    Matrix expert(int e, int[] rows) {
        int d = source.dim(e);
        float[] raw = new float[rows.length * d];
        source.gather(e, rows, raw, 0);
        Matrix m = new Matrix(rows.length, d);
        FeatureScaler s = model.featureScalers().get(e);
        double clip = model.config().standardiseFeatures() ? model.config().featureClip() : 0;
        for (int i = 0; i < rows.length; i++) s.apply(raw, i * d, m.data, i * d, clip);
        return m;
    }

    /** The gate's input for the given rows, or null without a gate. */
    Matrix gate(int[] rows, Matrix[] experts) {
        if (!model.gated()) return null;
        return model.config().gateSource().batch(source, rows, experts, model.gateDim());
    }

    /**
     * The mini-batch of the given rows.
     *
     * @param fixedHeads [expert][task] head outputs for every prepared row, combined instead of running the heads; null:
     *                   the heads run
     */
    public Batch batch(int[] rows, Matrix[][] fixedHeads) {
        int ne = source.nExperts();
        boolean needExperts = fixedHeads == null || model.config().gateSource() == GateSource.EXPERT_OUTPUTS;
        Matrix[] x = new Matrix[ne];
        if (needExperts) for (int e = 0; e < ne; e++) x[e] = expert(e, rows);
        Matrix[][] hb = null;
        if (headBase != null && fixedHeads == null) {
            hb = new Matrix[ne][];
            for (int e = 0; e < ne; e++) {
                hb[e] = new Matrix[headBase[e].length];
                for (int t = 0; t < hb[e].length; t++) hb[e][t] = headBase[e][t] == null ? null : headBase[e][t].selectRows(rows);
            }
        }
        Matrix[] gb = null;
        if (gateBase != null) {
            gb = new Matrix[gateBase.length];
            for (int g = 0; g < gb.length; g++) gb[g] = gateBase[g].selectRows(rows);
        }
        Matrix[][] heads = null;
        if (fixedHeads != null) {
            heads = new Matrix[fixedHeads.length][];
            for (int e = 0; e < heads.length; e++) {
                heads[e] = new Matrix[fixedHeads[e].length];
                for (int t = 0; t < heads[e].length; t++) heads[e][t] = fixedHeads[e][t].selectRows(rows);
            }
        }
        return new Batch(x, gate(rows, x), hb, gb, heads);
    }
}
