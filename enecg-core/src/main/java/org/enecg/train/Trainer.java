package org.enecg.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.model.Combination;
import org.enecg.model.EnEcgModel;
import org.enecg.model.FrozenCache;
import org.enecg.model.HeadShape;
import org.enecg.model.ModelConfig;

/**
 * Trains an {@link EnEcgModel}. The trainer is configuration; every call builds fresh models, a fresh AdamW and
 * fresh random streams derived from (seed, fold), so no state passes from one fold to the next (the authors' code
 * reused one model and optimiser across folds) and results do not depend on what ran before.
 *
 * <p>Scalers (expert features and regression targets) come from the training rows only. Every model is trained by the
 * one {@link EpochLoop}; with early stopping, a share of the training subjects is held out and checked after every
 * epoch, and each task keeps the weights of its best epoch ({@link Stopping}). The schedule is a strategy over that loop
 * ({@link TrainingSchedule}): {@link Schedule#JOINT} trains heads and gate together; {@link Schedule#STAGED} trains each
 * expert alone first ({@link #trainExpert}) and then the gate over those frozen heads ({@link #trainGate}).
 */
public final class Trainer {
    private final ModelConfig modelConfig;
    private final TrainConfig trainConfig;
    private final FrozenCache cache;

    public Trainer(ModelConfig modelConfig, TrainConfig trainConfig) {
        this(modelConfig, trainConfig, null);
    }

    /**
     * @param cache frozen first-layer outputs shared with other models of the same seed (see {@link FrozenCache});
     *              null for none. It changes no result, only time.
     */
    public Trainer(ModelConfig modelConfig, TrainConfig trainConfig, FrozenCache cache) {
        this.modelConfig = java.util.Objects.requireNonNull(modelConfig, "modelConfig");
        this.trainConfig = java.util.Objects.requireNonNull(trainConfig, "trainConfig");
        this.cache = cache;
    }

    public ModelConfig modelConfig() { return modelConfig; }

    public TrainConfig trainConfig() { return trainConfig; }

    FrozenCache cache() { return cache; }

    /** Trains on every row of the data (a final model, fold -1). */
    public EnEcgModel train(TrainingData data) {
        return train(data, ModelFit.range(0, data.table().size()), -1);
    }

    /**
     * Trains the configured model on the given rows of the data, by the schedule {@link #staged} picks.
     *
     * @param rows training rows of {@code data.table()}; rows without any label are ignored
     * @param fold cross-validation fold (for seeding and provenance), or -1
     */
    public EnEcgModel train(TrainingData data, int[] rows, int fold) {
        return (staged(data) ? TrainingSchedule.STAGED : TrainingSchedule.JOINT).train(this, data, rows, fold);
    }

    /** Whether {@link #train} uses the staged schedule on this data (a gate over more than one expert). */
    public boolean staged(TrainingData data) {
        return trainConfig.schedule() == Schedule.STAGED && modelConfig.combination() == Combination.GATE && data.table().nExperts() > 1;
    }

    /**
     * One expert's heads as the staged schedule trains them: its heads alone ({@link #trainSingle}) and, with
     * {@link TrainConfig#gateFolds()} of 2 or more, their cross-fitted outputs ({@link #crossFit}). With
     * {@link TrainConfig#alternativeHead()}, the same again with that head shape, and per task the head whose
     * cross-fitted loss (without cross-fitting: validation loss) is lower is kept, with its cross-fitted outputs. The
     * single-expert model's class decisions follow {@link TrainConfig#decision()}, chosen on the cross-fitted outputs
     * when there are some.
     */
    public ExpertHeads trainExpert(TrainingData data, String expert, int[] rows, int fold) {
        return HeadShapeChoice.train(this, data, expert, rows, fold);
    }

    /**
     * The staged schedule's first stage: per expert of the table the single-expert model {@link #trainExpert} keeps
     * (uniform weights over one expert: its heads alone, each of the shape chosen for its task), trained on the given
     * rows. Their heads start exactly as the ensemble's heads would (same seed, same head names).
     */
    public Map<String, EnEcgModel> trainSingles(TrainingData data, int[] rows, int fold) {
        Map<String, EnEcgModel> singles = new LinkedHashMap<>();
        for (String expert : data.table().expertNames()) singles.put(expert, trainExpert(data, expert, rows, fold).single());
        return singles;
    }

    /** The heads of one expert alone, of the model's own shape. */
    public EnEcgModel trainSingle(TrainingData data, String expert, int[] rows, int fold) {
        return trainSingle(data, expert, rows, fold, HeadShape.of(modelConfig));
    }

    /** The heads of one expert alone, every head of the given shape. */
    public EnEcgModel trainSingle(TrainingData data, String expert, int[] rows, int fold, HeadShape shape) {
        return fitSingle(data, expert, rows, fold, shape).finish(trainConfig, fold);
    }

    /** {@link #trainSingle(TrainingData, String, int[], int, HeadShape)} before its provenance is written. */
    Fitted fitSingle(TrainingData data, String expert, int[] rows, int fold, HeadShape shape) {
        TrainingData one = data.withExperts(List.of(expert));
        return ModelFit.fit(trainConfig, cache, one, shape.applyTo(modelConfig).toBuilder().combination(Combination.UNIFORM).build(), rows, fold, null, null);
    }

    /**
     * Cross-fitted head outputs of one expert on {@code rows}: the rows are split by subject into
     * {@link TrainConfig#gateFolds()} inner folds (seeded from (seed, fold)), and each inner fold's outputs come from the
     * expert's heads trained on the other inner folds ({@link #trainSingle}, with its own early stopping). A gate
     * trained on heads' outputs for their own training rows learns to trust whichever head memorised them best; these
     * outputs are like those of new records.
     */
    public CrossFitted crossFit(TrainingData data, String expert, int[] rows, int fold) {
        return crossFit(data, expert, rows, fold, HeadShape.of(modelConfig));
    }

    /** As {@link #crossFit(TrainingData, String, int[], int)}, with heads of the given shape. */
    public CrossFitted crossFit(TrainingData data, String expert, int[] rows, int fold, HeadShape shape) {
        return CrossFitting.crossFit(this, data, expert, rows, fold, shape);
    }

    /**
     * The staged schedule's second stage: an ensemble over the table's experts whose heads are copied from
     * {@code singles} (trained on the same rows, fold and seed) and frozen, and whose gate is trained.
     */
    public EnEcgModel trainGate(TrainingData data, int[] rows, int fold, Map<String, EnEcgModel> singles) {
        return trainGate(data, rows, fold, singles, null);
    }

    /**
     * As {@link #trainGate(TrainingData, int[], int, Map)}, the gate learning from cross-fitted head outputs
     * ({@link #crossFit}) of every expert instead of the frozen heads' outputs on their own training rows; null: the
     * latter. The model's heads are still {@code singles}' (trained on all of {@code rows}).
     */
    public EnEcgModel trainGate(TrainingData data, int[] rows, int fold, Map<String, EnEcgModel> singles, Map<String, CrossFitted> crossFitted) {
        for (String e : data.table().expertNames()) {
            if (!singles.containsKey(e)) throw new IllegalArgumentException("no trained heads for expert '" + e + "'; have " + singles.keySet());
            if (crossFitted != null && !crossFitted.containsKey(e)) {
                throw new IllegalArgumentException("no cross-fitted outputs for expert '" + e + "'; have " + crossFitted.keySet());
            }
        }
        return ModelFit.fit(trainConfig, cache, data, modelConfig.toBuilder().combination(Combination.GATE).build(), rows, fold, singles, crossFitted)
                .finish(trainConfig, fold);
    }
}
