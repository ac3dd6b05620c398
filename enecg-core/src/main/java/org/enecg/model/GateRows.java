package org.enecg.model;

import org.enecg.cache.EmbeddingRows;
import org.enecg.nn.Matrix;

/**
 * The gate's input rows of prepared inputs, per {@link GateSource}: the standardised outputs of every expert
 * concatenated or a constant 1 (small, kept in memory), or the table's gate input with non-finite values set to 0,
 * read from the table for each batch ({@link #gather}) and never held whole: it is 5,000 values a record for the
 * paper's lead-II input, and the table may stream from disk.
 */
final class GateRows {

    private final float[][] rows;       // in memory, or null
    private final EmbeddingRows table;  // the table's gate input, or null
    private final int dim;
    private final int repaired;

    private GateRows(float[][] rows, EmbeddingRows table, int dim, int repaired) {
        this.rows = rows;
        this.table = table;
        this.dim = dim;
        this.repaired = repaired;
    }

    /** Whether the model has a gate input at all. */
    boolean present() { return rows != null || table != null; }

    /** Non-finite gate-input values set to 0 (over all rows). */
    int repaired() { return repaired; }

    /** Rows {@code which[i]} stacked, non-finite values set to 0. */
    Matrix gather(int[] which) {
        if (rows != null) return Matrix.gather(rows, which, dim);
        Matrix m = new Matrix(which.length, dim);
        for (int i = 0; i < which.length; i++) {
            float[] src = table.gateInput(which[i]);
            if (src.length != dim) throw new IllegalArgumentException("row " + which[i] + " has " + src.length + " values, expected " + dim);
            for (int j = 0; j < dim; j++) m.data[i * dim + j] = Float.isFinite(src[j]) ? src[j] : 0f;
        }
        return m;
    }

    /** The gate rows of {@code model} for {@code table}, whose experts' standardised outputs are {@code x}. */
    static GateRows of(EnEcgModel model, EmbeddingRows table, Matrix[] x) {
        int n = table.size();
        GateSource source = model.config().gateSource();
        if (!model.gated()) return new GateRows(null, null, 0, 0);
        if (source == GateSource.EXPERT_OUTPUTS) return new GateRows(expertOutputs(model, x, n), null, model.gateDim(), 0);
        if (source == GateSource.CONSTANT || source == GateSource.NONE) {
            float[][] g = new float[n][];
            float[] one = {1f};
            java.util.Arrays.fill(g, one);
            return new GateRows(g, null, 1, 0);
        }
        if (n > 0 && table.gateDim() != model.gateDim()) {
            throw new IllegalArgumentException(model.origin() + ": the gate reads " + model.gateDim() + " values (" + model.gateInput()
                    + ") but the data's gate input has " + table.gateDim());
        }
        int repaired = 0;
        for (int r = 0; r < n; r++) for (float v : table.gateInput(r)) if (!Float.isFinite(v)) repaired++;   // one streaming pass
        return new GateRows(null, table, model.gateDim(), repaired);
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
