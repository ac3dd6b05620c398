package org.enecg.model;

/**
 * What training did, recorded in the model file and the report so nobody has to guess: the policy, the
 * settings actually used, and the loss curves.
 *
 * @param policy              e.g. {@code paper (fixed epochs)} or {@code small data (early stopping)}
 * @param learningRate        AdamW learning rate
 * @param batchSize           records per step
 * @param maxEpochs           epoch limit
 * @param patience            early-stopping patience in epochs (0 = none)
 * @param epochsRun           epochs actually run
 * @param bestEpoch           epoch whose weights were kept (1-based; = epochsRun without early stopping)
 * @param trainRecords        records the optimiser saw
 * @param validationRecords   records of the inner validation split (0 without early stopping)
 * @param trainLoss           mean training loss per epoch (sum over tasks)
 * @param validationLoss      validation loss per epoch (empty without early stopping)
 * @param precomputedFrozen   whether the frozen first layers were computed once instead of every step
 * @param millis              wall time of training
 */
public record TrainingLog(String policy, double learningRate, int batchSize, int maxEpochs, int patience,
                          int epochsRun, int bestEpoch, int trainRecords, int validationRecords,
                          double[] trainLoss, double[] validationLoss, boolean precomputedFrozen, long millis) {
    public TrainingLog {
        trainLoss = trainLoss.clone();
        validationLoss = validationLoss.clone();
    }

    @Override public double[] trainLoss() { return trainLoss.clone(); }

    @Override public double[] validationLoss() { return validationLoss.clone(); }
}
