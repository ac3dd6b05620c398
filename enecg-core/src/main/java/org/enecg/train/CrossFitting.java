package org.enecg.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enecg.data.Task;
import org.enecg.model.EnEcgModel;
import org.enecg.model.HeadShape;
import org.enecg.model.PreparedInputs;
import org.enecg.nn.Matrix;
import org.enecg.split.KFold;

/**
 * How {@link Trainer#crossFit} computes one expert's cross-fitted head outputs (documented there): the training rows
 * split by subject into inner folds, each fold's outputs from heads trained on the other folds.
 */
final class CrossFitting {
    private CrossFitting() {}

    /** See {@link Trainer#crossFit(TrainingData, String, int[], int, HeadShape)}. */
    static CrossFitted crossFit(Trainer trainer, TrainingData data, String expert, int[] rows, int fold, HeadShape shape) {
        int k = trainer.trainConfig().gateFolds();
        if (k < 2) throw new IllegalStateException("cross-fitting needs gate folds of at least 2, found " + k);
        int[][] inner = KFold.bySubject(data::subjectOf, rows, k, Seeds.derive(trainer.trainConfig().seed(), fold, Seeds.Stream.CROSS_FIT));
        List<Task> tasks = data.tasks();
        double[][][] values = new double[tasks.size()][rows.length][];
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.length; i++) at.put(rows[i], i);
        for (int j = 0; j < inner.length; j++) {
            if (inner[j].length == 0) continue;
            int[] train = KFold.without(rows, inner[j]);
            EnEcgModel m = trainer.trainSingle(data, expert, train, fold, shape);
            PreparedInputs in = m.prepare(data.withExperts(List.of(expert)).table().select(inner[j]), false);
            Matrix[][] out = m.headOutputs(in);
            for (int t = 0; t < tasks.size(); t++) {
                boolean regression = !tasks.get(t).type().isClassification();
                for (int i = 0; i < inner[j].length; i++) {
                    double[] v = new double[out[0][t].cols];
                    for (int c = 0; c < v.length; c++) {
                        double y = out[0][t].get(i, c);
                        v[c] = regression ? m.targetScalers().get(t).unscale(y) : y;
                    }
                    values[t][at.get(inner[j][i])] = v;
                }
            }
        }
        return new CrossFitted(expert, rows, values);
    }
}
