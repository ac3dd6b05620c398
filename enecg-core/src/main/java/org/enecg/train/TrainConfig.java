package org.enecg.train;

import org.enecg.model.Adaptation;
import org.enecg.model.ClassDecision;
import org.enecg.model.HeadShape;

/**
 * How a model is trained. AdamW's betas and eps are PyTorch's defaults (0.9, 0.999, 1e-8; see
 * {@link org.enecg.nn.AdamW}).
 *
 * @param learningRate       AdamW learning rate; paper 1e-4
 * @param batchSize          records per step; paper 16 (the last batch of an epoch may be smaller)
 * @param maxEpochs          epochs (the limit, with early stopping); paper 5
 * @param patience           early stopping: stop after this many epochs without a lower validation loss and keep
 *                           the best epoch's weights; 0 = no early stopping, train {@code maxEpochs}
 * @param validationFraction share of the training records (by subject) held out for early stopping; 0 without it
 * @param weightDecay        AdamW decoupled weight decay; PyTorch default 0.01
 * @param seed               run seed; paper 42. Each fold derives its own streams from (seed, fold)
 * @param precomputeLimit    largest number of floats to spend on precomputed frozen first layers (records ×
 *                           hidden width × heads); above it they are recomputed every step
 * @param schedule           heads and gate together (paper) or heads first, then the gate ({@link Schedule})
 * @param gateLearningRate   learning rate of the staged schedule's second stage (the gate over frozen heads)
 * @param gatePatience       early-stopping patience of that stage (the gate converges in a few epochs)
 * @param gateFolds          staged schedule: 0 trains the gate on the training rows' outputs of heads fitted on those
 *                           same rows; k &ge; 2 cross-fits them: the rows are split by subject into k inner folds and
 *                           each row's head outputs come from heads trained on the other inner folds, so the gate
 *                           learns from outputs like those it will see on new records (see docs/training.md)
 * @param alternativeHead    staged schedule: a second head shape trained beside the model's own for every (expert, task);
 *                           each keeps the one whose cross-fitted loss (or, without cross-fitting, validation loss) is
 *                           lower. Null: the model's shape only (the paper)
 * @param decision           how classification tasks decide their class: {@link ClassDecision#ARGMAX} (the paper),
 *                           {@link ClassDecision#BALANCED}, or {@link ClassDecision#CHOSEN} per task by inner validation
 */
public record TrainConfig(double learningRate, int batchSize, int maxEpochs, int patience, double validationFraction,
                          double weightDecay, long seed, long precomputeLimit, Schedule schedule, double gateLearningRate,
                          int gatePatience, int gateFolds, HeadShape alternativeHead, ClassDecision decision) {

    /** A configuration with the model's head shape only and the argmax decision. */
    public TrainConfig(double learningRate, int batchSize, int maxEpochs, int patience, double validationFraction, double weightDecay,
                       long seed, long precomputeLimit, Schedule schedule, double gateLearningRate, int gatePatience, int gateFolds) {
        this(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule,
                gateLearningRate, gatePatience, gateFolds, null, ClassDecision.ARGMAX);
    }

    /** A configuration whose gate reads in-sample head outputs ({@code gateFolds} 0). */
    public TrainConfig(double learningRate, int batchSize, int maxEpochs, int patience, double validationFraction, double weightDecay,
                       long seed, long precomputeLimit, Schedule schedule, double gateLearningRate, int gatePatience) {
        this(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule,
                gateLearningRate, gatePatience, 0);
    }

    /** Below this many training records {@link #forRecords} chooses {@link #smallData()}. */
    public static final int SMALL_DATA_RECORDS = 10_000;

    public TrainConfig {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) throw new IllegalArgumentException("learning rate must be positive, found " + learningRate);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, found " + batchSize);
        if (maxEpochs < 1) throw new IllegalArgumentException("epochs must be at least 1, found " + maxEpochs);
        if (patience < 0) throw new IllegalArgumentException("patience must be 0 (off) or positive, found " + patience);
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), found " + validationFraction);
        }
        if (patience > 0 && validationFraction == 0) {
            throw new IllegalArgumentException("early stopping (patience " + patience + ") needs a validation fraction above 0");
        }
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weight decay must be non-negative, found " + weightDecay);
        if (precomputeLimit < 0) throw new IllegalArgumentException("precompute limit must be non-negative, found " + precomputeLimit);
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (!(gateLearningRate > 0) || Double.isInfinite(gateLearningRate)) {
            throw new IllegalArgumentException("gate learning rate must be positive, found " + gateLearningRate);
        }
        if (gatePatience < 0) throw new IllegalArgumentException("gate patience must be 0 (off) or positive, found " + gatePatience);
        if (gateFolds < 0 || gateFolds == 1) throw new IllegalArgumentException("gate folds must be 0 (off) or at least 2, found " + gateFolds);
        java.util.Objects.requireNonNull(decision, "decision");
    }

    /** DESIGN.md §3: AdamW lr 1e-4, batch 16, 5 epochs, seed 42, no early stopping. Meant for tens of thousands of records. */
    public static TrainConfig paperDefaults() {
        return new TrainConfig(1e-4, 16, 5, 0, 0, 0.01, 42, 1L << 27, Schedule.JOINT, 1e-4, 0, 0, null, ClassDecision.ARGMAX);
    }

    /** The second head shape {@link #smallData()} tries for every (expert, task): fully trained, 64 wide. */
    public static final HeadShape SMALL_DATA_ALTERNATIVE_HEAD = new HeadShape(Adaptation.FULL, 64);

    /**
     * For hundreds to a few thousand records, where 5 epochs are a few dozen optimiser steps: the staged schedule,
     * trained to convergence with per-task early stopping on 20% of the training subjects, the gate learning from
     * head outputs cross-fitted in 3 inner folds; beside each LoRA head a fully trained 64-wide one, keeping per
     * (expert, task) the one with the lower cross-fitted loss; each classification task's decision rule chosen by
     * inner-validation macro F1 (see docs/training.md and docs/main-job.md for the evidence behind these choices).
     */
    public static TrainConfig smallData() {
        return new TrainConfig(1e-3, 16, 200, 15, 0.2, 0.01, 42, 1L << 27, Schedule.STAGED, 1e-2, 5, 3, SMALL_DATA_ALTERNATIVE_HEAD,
                ClassDecision.CHOSEN);
    }

    /** {@link #smallData()} below {@value #SMALL_DATA_RECORDS} training records, {@link #paperDefaults()} from there on. */
    public static TrainConfig forRecords(int trainingRecords) {
        return trainingRecords < SMALL_DATA_RECORDS ? smallData() : paperDefaults();
    }

    public boolean earlyStopping() { return patience > 0; }

    public TrainConfig withSeed(long s) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, s, precomputeLimit, schedule, gateLearningRate, gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withEpochs(int max, int pat, double valFraction) {
        return new TrainConfig(learningRate, batchSize, max, pat, valFraction, weightDecay, seed, precomputeLimit, schedule, gateLearningRate,
                gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withLearningRate(double lr) {
        return new TrainConfig(lr, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule, gateLearningRate, gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withPrecomputeLimit(long floats) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, floats, schedule, gateLearningRate, gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withSchedule(Schedule s) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, s, gateLearningRate, gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withGateLearningRate(double lr) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule, lr, gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withGateFolds(int k) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule,
                gateLearningRate, gatePatience, k, alternativeHead, decision);
    }

    /** With a second head shape tried per (expert, task); null: the model's own only. */
    public TrainConfig withAlternativeHead(HeadShape h) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule,
                gateLearningRate, gatePatience, gateFolds, h, decision);
    }

    public TrainConfig withDecision(ClassDecision d) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule,
                gateLearningRate, gatePatience, gateFolds, alternativeHead, d);
    }

    public TrainConfig withWeightDecay(double wd) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, wd, seed, precomputeLimit, schedule,
                gateLearningRate, gatePatience, gateFolds, alternativeHead, decision);
    }

    public TrainConfig withGatePatience(int p) {
        return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit, schedule,
                gateLearningRate, p, gateFolds, alternativeHead, decision);
    }

    /** One line for logs and reports. */
    public String describe() {
        String base = (schedule == Schedule.STAGED ? "staged (heads alone, then the gate over frozen heads"
                + (gateFolds >= 2 ? " cross-fitted in " + gateFolds + " inner folds" : "") + ", gate lr " + gateLearningRate
                + (patience > 0 ? ", gate patience " + gatePatience : "") + "); "
                : "heads and gate jointly; ")
                + "AdamW lr " + learningRate + ", batch " + batchSize + ", weight decay " + weightDecay + ", seed " + seed
                + (alternativeHead != null && schedule == Schedule.STAGED ? "; heads: the model's or " + alternativeHead + " per (expert, task), by "
                        + (gateFolds >= 2 ? "cross-fitted" : "validation") + " loss" : "")
                + "; class decision " + decision;
        return earlyStopping()
                ? "up to " + maxEpochs + " epochs, early stopping (patience " + patience + ") on " + Math.round(validationFraction * 100)
                        + "% of training subjects; " + base
                : maxEpochs + " epochs; " + base;
    }
}
