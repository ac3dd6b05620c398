package org.enecg.bench;

import java.util.Locale;
import java.util.Objects;
import org.enecg.model.Adaptation;
import org.enecg.model.Combination;
import org.enecg.model.GateSharing;
import org.enecg.model.GateSource;
import org.enecg.model.ModelConfig;
import org.enecg.model.OutputLayer;
import org.enecg.train.Schedule;
import org.enecg.train.TrainConfig;

/**
 * What both procedures train, written out field by field so the comparison does not move when the project's defaults
 * do: the model (heads, gates, LoRA), the schedule (a fixed number of epochs, heads and gates together, no early
 * stopping, so both procedures take exactly the same optimiser steps), the folds, and the worker threads that run the
 * experts (the trainable side runs on one thread in both).
 *
 * @param model    heads and gates
 * @param training optimiser and schedule; must train a fixed number of epochs jointly
 * @param folds    subject-wise folds
 * @param threads  threads that run the experts, in both procedures
 */
public record BenchSetup(ModelConfig model, TrainConfig training, int folds, int threads) {

    /** Which head and gate configuration to measure. */
    public enum Model {
        /**
         * As the authors' code runs it: heads Linear(d, 256)-ReLU-Linear(256, 256)-ReLU-Linear(256, d_out) and a gate
         * Linear(5000, 256)-ReLU-Linear(256, experts)-softmax over lead II, LoRA r 8, α 32, dropout 0.05 on the first two
         * layers of each head and both gate layers, every other weight frozen (the heads' output layers too), raw expert
         * outputs.
         */
        AUTHORS,
        /**
         * The same with this project's two changes: the heads' output layers train, and expert outputs are standardised
         * with training statistics (clipped at ±10 sd). The paper procedure then needs one extra pass of the experts over
         * each fold's training records to fit those statistics.
         */
        PAPER
    }

    public BenchSetup {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(training, "training");
        if (training.earlyStopping()) throw new IllegalArgumentException("the bench trains a fixed number of epochs: early stopping must be off");
        if (training.schedule() != Schedule.JOINT) throw new IllegalArgumentException("the bench trains heads and gates jointly, found " + training.schedule());
        if (model.combination() != Combination.GATE) throw new IllegalArgumentException("the bench trains a gated ensemble");
        if (model.gateSource() != GateSource.SIGNAL) throw new IllegalArgumentException("the bench's gate reads the signal (lead II), as the paper's");
        if (model.gateSharing() != GateSharing.PER_TASK) throw new IllegalArgumentException("one gate per task, as the paper's single-task runs");
        if (folds < 2) throw new IllegalArgumentException("folds must be at least 2, found " + folds);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }

    /**
     * The configuration of issue 6: AdamW lr 1e-4 (β 0.9, 0.999, ε 1e-8, weight decay 0.01, PyTorch's defaults as the
     * authors call it), batch 16, {@code epochs} epochs, no early stopping, heads and gates together, frozen first
     * layers precomputed once per record when they fit in 2^27 floats (this project's training; the paper procedure
     * cannot, its expert outputs change with every batch).
     */
    public static BenchSetup of(Model model, int epochs, int folds, long seed, int threads) {
        ModelConfig project = ModelConfig.builder().widths(256, 256).adaptation(Adaptation.LORA).lora(8, 32, 0.05).outputLayer(OutputLayer.TRAINABLE)
                .gateSharing(GateSharing.PER_TASK).combination(Combination.GATE).featureStandardisation(true, 10).gateSource(GateSource.SIGNAL)
                .targetStandardisation(true).build();
        ModelConfig m = model == Model.AUTHORS ? project.toBuilder().outputLayer(OutputLayer.FROZEN).featureStandardisation(false, 0).build() : project;
        TrainConfig t = TrainConfig.builder().learningRate(1e-4).batchSize(16).epochs(epochs, 0, 0).weightDecay(0.01).seed(seed)
                .precomputeLimit(1L << 27).schedule(Schedule.JOINT).gateLearningRate(1e-4).gatePatience(0).gateFolds(0).alternativeHead(null)
                .decision(org.enecg.model.ClassDecision.ARGMAX).build();
        return new BenchSetup(m, t, folds, threads);
    }

    public int epochs() { return training.maxEpochs(); }

    public long seed() { return training.seed(); }

    /** One paragraph for the report. */
    public String describe() {
        ModelConfig m = model;
        return String.format(Locale.ROOT, "heads %d wide and one gate per task (%d wide) over lead II (5000 samples); LoRA r %d, alpha %s,"
                        + " dropout %s; head output layers %s; expert outputs %s; AdamW lr %s, batch %d, weight decay %s, %d epoch(s),"
                        + " no early stopping, seed %d; %d folds by subject; experts on %d thread(s), trainable side on 1",
                m.headHidden(), m.gateHidden(), m.loraRank(), num(m.loraAlpha()), num(m.loraDropout()),
                m.outputLayer() == OutputLayer.FROZEN ? "frozen" : "trained",
                m.standardiseFeatures() ? "standardised (clip " + num(m.featureClip()) + " sd)" : "raw",
                num(training.learningRate()), training.batchSize(), num(training.weightDecay()), epochs(), seed(), folds, threads);
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
