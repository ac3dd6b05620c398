package org.enecg.model;

import org.enecg.cache.EmbeddingTable;
import org.enecg.nn.Matrix;

/**
 * The gate's input row of each record of prepared inputs, per {@link GateSource}: the standardised outputs of every
 * expert concatenated, a constant 1, or the table's gate input with non-finite values set to 0.
 *
 * @param rows     one row per record, or null without a gate
 * @param repaired non-finite gate-input values set to 0
 */
record GateRows(float[][] rows, int repaired) {

    /** The gate rows of {@code model} for {@code table}, whose experts' standardised outputs are {@code x}. */
    static GateRows of(EnEcgModel model, EmbeddingTable table, Matrix[] x) {
        int n = table.size();
        GateSource source = model.config().gateSource();
        if (!model.gated()) return new GateRows(null, 0);
        if (source == GateSource.EXPERT_OUTPUTS) return new GateRows(expertOutputs(model, x, n), 0);
        if (source == GateSource.CONSTANT || source == GateSource.NONE) {
            float[][] g = new float[n][];
            float[] one = {1f};
            java.util.Arrays.fill(g, one);
            return new GateRows(g, 0);
        }
        if (n > 0 && table.gateDim() != model.gateDim()) {
            throw new IllegalArgumentException(model.origin() + ": the gate reads " + model.gateDim() + " values (" + model.gateInput()
                    + ") but the data's gate input has " + table.gateDim());
        }
        float[][] g = new float[n][];
        int repaired = 0;
        for (int r = 0; r < n; r++) {
            float[] row = table.gateInput(r);
            float[] clean = null;
            for (int j = 0; j < row.length; j++) {
                if (!Float.isFinite(row[j])) {
                    if (clean == null) clean = row.clone();
                    clean[j] = 0f;
                    repaired++;
                }
            }
            g[r] = clean != null ? clean : row;
        }
        return new GateRows(g, repaired);
    }

    /** The gate's input when it reads the experts: each row the standardised outputs of every expert, concatenated. */
    private static float[][] expertOutputs(EnEcgModel model, Matrix[] x, int n) {
        int width = 0;
        for (Matrix m : x) width += m.cols;
        if (width != model.gateDim()) {
            throw new IllegalStateException(model.origin() + ": the gate reads " + model.gateDim() + " expert outputs, the experts give " + width);
        }
        float[][] g = new float[n][width];
        for (int r = 0; r < n; r++) {
            int at = 0;
            for (Matrix m : x) {
                System.arraycopy(m.data, r * m.cols, g[r], at, m.cols);
                at += m.cols;
            }
        }
        return g;
    }
}
