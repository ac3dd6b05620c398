package org.enecg.train;

import org.enecg.model.Adaptation;
import org.enecg.model.ClassDecision;
import org.enecg.model.HeadShape;
import org.enecg.model.ModelConfig;

/**
 * How a model is trained, a value; build one with {@link #builder()} (from the paper's defaults) or change one with
 * {@link #toBuilder()}. Each setting is described on the builder's method of the same name. AdamW's betas and eps are
 * PyTorch's defaults (0.9, 0.999, 1e-8; see {@link org.enecg.nn.AdamW}).
 */
public record TrainConfig(double learningRate, int batchSize, int maxEpochs, int patience, double validationFraction,
                          double weightDecay, long seed, long precomputeLimit, Schedule schedule, double gateLearningRate,
                          int gatePatience, int gateFolds, HeadShape alternativeHead, ClassDecision decision) {

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

    /** A builder starting from {@link #paperDefaults()}. */
    public static Builder builder() { return paperDefaults().toBuilder(); }

    /** A builder starting from this configuration. */
    public Builder toBuilder() { return new Builder(this); }

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

    /** {@link #smallData()} for small data ({@link ModelConfig#isSmallData}: the one threshold), {@link #paperDefaults()} from there on. */
    public static TrainConfig forRecords(int trainingRecords) {
        return ModelConfig.isSmallData(trainingRecords) ? smallData() : paperDefaults();
    }

    public boolean earlyStopping() { return patience > 0; }

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

    /** Settings of a {@link TrainConfig}, each described; {@link #build} checks them. */
    public static final class Builder {
        private double learningRate;
        private int batchSize;
        private int maxEpochs;
        private int patience;
        private double validationFraction;
        private double weightDecay;
        private long seed;
        private long precomputeLimit;
        private Schedule schedule;
        private double gateLearningRate;
        private int gatePatience;
        private int gateFolds;
        private HeadShape alternativeHead;
        private ClassDecision decision;

        private Builder(TrainConfig c) {
            learningRate = c.learningRate;
            batchSize = c.batchSize;
            maxEpochs = c.maxEpochs;
            patience = c.patience;
            validationFraction = c.validationFraction;
            weightDecay = c.weightDecay;
            seed = c.seed;
            precomputeLimit = c.precomputeLimit;
            schedule = c.schedule;
            gateLearningRate = c.gateLearningRate;
            gatePatience = c.gatePatience;
            gateFolds = c.gateFolds;
            alternativeHead = c.alternativeHead;
            decision = c.decision;
        }

        /** AdamW learning rate; paper 1e-4. */
        public Builder learningRate(double lr) { learningRate = lr; return this; }

        /** Records per step; paper 16 (the last batch of an epoch may be smaller). */
        public Builder batchSize(int n) { batchSize = n; return this; }

        /**
         * Epochs (the limit, with early stopping; paper 5); early stopping: stop after {@code patience} epochs without a
         * lower validation loss and keep the best epoch's weights (0: no early stopping, train every epoch), on
         * {@code validationFraction} of the training records (by subject; 0 without early stopping).
         */
        public Builder epochs(int max, int patience, double validationFraction) {
            this.maxEpochs = max;
            this.patience = patience;
            this.validationFraction = validationFraction;
            return this;
        }

        /** AdamW decoupled weight decay; PyTorch default 0.01. */
        public Builder weightDecay(double wd) { weightDecay = wd; return this; }

        /** Run seed; paper 42. Each fold derives its own streams from (seed, fold). */
        public Builder seed(long s) { seed = s; return this; }

        /**
         * Largest number of floats to spend on precomputed frozen first layers (records × hidden width × heads); above it
         * they are recomputed every step.
         */
        public Builder precomputeLimit(long floats) { precomputeLimit = floats; return this; }

        /** Heads and gate together (paper) or heads first, then the gate ({@link Schedule}). */
        public Builder schedule(Schedule s) { schedule = s; return this; }

        /** Learning rate of the staged schedule's second stage (the gate over frozen heads). */
        public Builder gateLearningRate(double lr) { gateLearningRate = lr; return this; }

        /** Early-stopping patience of that stage (the gate converges in a few epochs); 0: the heads' patience. */
        public Builder gatePatience(int p) { gatePatience = p; return this; }

        /**
         * Staged schedule: 0 trains the gate on the training rows' outputs of heads fitted on those same rows; k &ge; 2
         * cross-fits them: the rows are split by subject into k inner folds and each row's head outputs come from heads
         * trained on the other inner folds, so the gate learns from outputs like those it will see on new records (see
         * docs/training.md).
         */
        public Builder gateFolds(int k) { gateFolds = k; return this; }

        /**
         * Staged schedule: a second head shape trained beside the model's own for every (expert, task); each keeps the one
         * whose cross-fitted loss (or, without cross-fitting, validation loss) is lower. Null: the model's shape only (the
         * paper).
         */
        public Builder alternativeHead(HeadShape h) { alternativeHead = h; return this; }

        /**
         * How classification tasks decide their class: {@link ClassDecision#ARGMAX} (the paper), {@link ClassDecision#BALANCED},
         * or {@link ClassDecision#CHOSEN} per task by inner validation.
         */
        public Builder decision(ClassDecision d) { decision = d; return this; }

        public TrainConfig build() {
            return new TrainConfig(learningRate, batchSize, maxEpochs, patience, validationFraction, weightDecay, seed, precomputeLimit,
                    schedule, gateLearningRate, gatePatience, gateFolds, alternativeHead, decision);
        }
    }
}
