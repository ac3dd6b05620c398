package org.enecg.model;

/**
 * What training did, recorded in the model file and the report so nobody has to guess: the policy, the
 * settings actually used, and the loss curves.
 *
 * @param policy            {@code fixed epochs}, {@code early stopping per task} or {@code early stopping on the summed loss}
 * @param learningRate      AdamW learning rate
 * @param batchSize         records per step
 * @param maxEpochs         epoch limit
 * @param patience          early-stopping patience in epochs (0 = none)
 * @param epochsRun         epochs run (until the last task stopped)
 * @param bestEpochs        per task, the epoch whose weights were kept (1-based; = epochsRun without early stopping)
 * @param trainRecords      records the optimiser saw
 * @param validationRecords records of the inner validation split (0 without early stopping)
 * @param trainLoss         mean training loss per epoch (summed over the tasks still training)
 * @param validationLoss    per task, its validation loss per epoch until it stopped (empty without early stopping)
 * @param precomputedFrozen whether the frozen first layers were computed once instead of every step
 * @param millis            wall time of training
 */
public record TrainingLog(String policy, double learningRate, int batchSize, int maxEpochs, int patience, int epochsRun,
                          int[] bestEpochs, int trainRecords, int validationRecords, double[] trainLoss,
                          double[][] validationLoss, boolean precomputedFrozen, long millis) {
    public TrainingLog {
        bestEpochs = bestEpochs.clone();
        trainLoss = trainLoss.clone();
        validationLoss = deepCopy(validationLoss);
    }

    @Override public int[] bestEpochs() { return bestEpochs.clone(); }

    @Override public double[] trainLoss() { return trainLoss.clone(); }

    @Override public double[][] validationLoss() { return deepCopy(validationLoss); }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
