package org.enecg.train;

import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelProvenance;
import org.enecg.model.TrainingLog;

/**
 * A model just trained, before its provenance is written: the model (class decisions chosen on its inner validation),
 * what the loop did, and the facts of the run that the training log records.
 *
 * @param model             the trained model, without provenance
 * @param result            what the epoch loop did
 * @param schedule          how the schedule describes this stage ("" or "staged, gate over frozen heads...; ")
 * @param learningRate      the learning rate used
 * @param trainRecords      records the optimiser saw
 * @param validationRecords records of the inner validation split
 * @param precomputed       whether the frozen first layers were computed once
 * @param millis            wall time
 */
record Fitted(EnEcgModel model, FitResult result, String schedule, double learningRate, int trainRecords, int validationRecords,
              boolean precomputed, long millis) {

    /** This fit with another model (same run: e.g. other class decisions). */
    Fitted with(EnEcgModel m) {
        return new Fitted(m, result, schedule, learningRate, trainRecords, validationRecords, precomputed, millis);
    }

    /**
     * The model with its provenance, written once: the policy names the schedule, the stopping, {@code headChoice}
     * (how heads were chosen, or "") and the class decisions the model has.
     */
    EnEcgModel finish(TrainConfig c, int fold, String headChoice, FitResult shown, long totalMillis) {
        String policy = schedule + shown.stopping() + headChoice + DecisionChoice.describe(model, c.decision());
        TrainingLog log = new TrainingLog(policy, learningRate, c.batchSize(), c.maxEpochs(), shown.patience(), shown.epochsRun(),
                shown.bestEpochs(), trainRecords, validationRecords, shown.trainLoss(), shown.validationLoss(), precomputed, totalMillis);
        return model.withProvenance(ModelProvenance.now(c.seed(), fold, log));
    }

    /** {@link #finish(TrainConfig, int, String, FitResult, long)} with this fit's own result and time. */
    EnEcgModel finish(TrainConfig c, int fold) {
        return finish(c, fold, "", result, millis);
    }

}
