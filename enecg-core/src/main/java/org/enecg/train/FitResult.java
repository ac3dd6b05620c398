package org.enecg.train;

/**
 * What one run of the {@link EpochLoop} did, as values: the choices that read it (head shape, provenance) read these,
 * never a log.
 *
 * @param epochsRun         epochs run (until the last task stopped)
 * @param bestEpochs        per task, the epoch whose weights were kept (1-based; = epochsRun without early stopping)
 * @param trainLoss         mean training loss per epoch (summed over the tasks still training)
 * @param validationLoss    per task, its validation loss per epoch until it stopped (empty without early stopping)
 * @param stopping          {@code fixed epochs}, {@code early stopping per task} or {@code early stopping on the summed loss}
 * @param patience          the patience that applied (0 without early stopping)
 */
public record FitResult(int epochsRun, int[] bestEpochs, double[] trainLoss, double[][] validationLoss, String stopping, int patience) {
    public FitResult {
        bestEpochs = bestEpochs.clone();
        trainLoss = trainLoss.clone();
        validationLoss = validationLoss.clone();
    }

    @Override public int[] bestEpochs() { return bestEpochs.clone(); }

    @Override public double[] trainLoss() { return trainLoss.clone(); }

    @Override public double[][] validationLoss() { return validationLoss.clone(); }

    /** Task {@code t}'s validation loss at its kept epoch; NaN when it had no validation labels. */
    public double bestValidationLoss(int t) {
        int best = bestEpochs[t];
        double[] curve = validationLoss[t];
        return best >= 1 && best <= curve.length ? curve[best - 1] : Double.NaN;
    }
}
