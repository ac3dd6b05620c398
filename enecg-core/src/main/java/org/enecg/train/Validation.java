package org.enecg.train;

import org.enecg.model.BatchStep;
import org.enecg.model.EnEcgModel;
import org.enecg.model.PreparedInputs;
import org.enecg.nn.Matrix;
import org.enecg.nn.Pass;

/** The loss on held-out rows, per task: the mean over its labelled rows; in chunks, no dropout. */
final class Validation {
    private static final int CHUNK = 512;

    private Validation() {}

    /** Per-task loss ({@code fixedHeads} as in {@link BatchStep}); NaN for tasks not enabled or without labels among {@code rows}. */
    static double[] lossPerTask(EnEcgModel model, PreparedInputs in, Matrix[][] fixedHeads, int[] rows, double[][] targets, boolean[] enabled) {
        int nt = targets.length;
        double[] sum = new double[nt];
        int[] count = new int[nt];
        for (int start = 0; start < rows.length; start += CHUNK) {
            int[] chunk = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + CHUNK));
            double[] l = BatchStep.run(model, in, fixedHeads, chunk, targets, Pass.inference(), false, enabled);
            for (int t = 0; t < nt; t++) {
                int n = 0;
                for (int r : chunk) if (!Double.isNaN(targets[t][r])) n++;
                if (n > 0 && !Double.isNaN(l[t])) {
                    sum[t] += l[t] * n;
                    count[t] += n;
                }
            }
        }
        double[] out = new double[nt];
        for (int t = 0; t < nt; t++) out[t] = count[t] > 0 ? sum[t] / count[t] : Double.NaN;
        return out;
    }
}
