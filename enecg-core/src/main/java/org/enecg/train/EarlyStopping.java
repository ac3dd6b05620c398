package org.enecg.train;

import java.util.List;
import org.enecg.nn.Param;

/** Watches one validation loss and keeps a copy of the given parameters at its best epoch. */
final class EarlyStopping {
    private final List<Param> params;
    private final int patience;
    private final float[][] snapshot;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;

    EarlyStopping(List<Param> params, int patience) {
        this.params = params;
        this.patience = patience;
        this.snapshot = new float[params.size()][];
    }

    /** Records an epoch's validation loss; returns true when training of these parameters should stop. */
    boolean update(int epoch, double loss) {
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            for (int i = 0; i < params.size(); i++) snapshot[i] = params.get(i).value().clone();
        }
        return epoch - bestEpoch >= patience;
    }

    /** Puts the best epoch's values back (nothing if no epoch was recorded). */
    void restore() {
        if (bestEpoch == 0) return;
        for (int i = 0; i < params.size(); i++) System.arraycopy(snapshot[i], 0, params.get(i).value(), 0, snapshot[i].length);
    }

    int bestEpoch() { return bestEpoch; }
}
