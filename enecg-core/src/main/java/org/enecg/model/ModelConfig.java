package org.enecg.model;

import java.util.Objects;

/**
 * The shape and adaptation of the trainable side. {@link #paperDefaults()} is DESIGN.md §3; every field is a
 * setting.
 *
 * @param headHidden          hidden width of each FFN head: {@code Linear(d_in, h) - ReLU - Linear(h, h) - ReLU - Linear(h, d_out)}; paper 256
 * @param gateHidden          hidden width of the gate: {@code Linear(gateDim, h) - ReLU - Linear(h, n_experts) - softmax}; paper 256
 * @param adaptation          LoRA on frozen random layers (paper) or full training
 * @param loraRank            LoRA rank r; paper 8
 * @param loraAlpha           LoRA alpha (update scaled by alpha / r); paper 32
 * @param loraDropout         dropout on the LoRA adapter input, in [0, 1); paper 0.05
 * @param outputLayer         last head layer under LoRA: trainable (default) or frozen (authors' code); see {@link OutputLayer}
 * @param gateSharing         one gate per task (default), a shared trunk with per-task outputs, or one gate; see {@link GateSharing}
 * @param combination         learned gate (EnECG) or uniform weights (baselines)
 * @param standardiseFeatures z-score each expert output feature with training statistics (expert outputs come
 *                            in ms, mV, logits...); the paper feeds raw outputs. Default true
 * @param featureClip         after standardising, clip features to ±this many standard deviations (0 = no clip);
 *                            guards against outliers in unseen records. Default 10
 * @param gateSource          what the gate reads: the table's gate input (paper: lead II samples, default) or the
 *                            standardised expert outputs ({@link GateSource})
 */
public record ModelConfig(int headHidden, int gateHidden, Adaptation adaptation, int loraRank, double loraAlpha,
                          double loraDropout, OutputLayer outputLayer, GateSharing gateSharing, Combination combination,
                          boolean standardiseFeatures, double featureClip, GateSource gateSource) {

    /** The configuration with the paper's gate input ({@link GateSource#SIGNAL}). */
    public ModelConfig(int headHidden, int gateHidden, Adaptation adaptation, int loraRank, double loraAlpha, double loraDropout,
                       OutputLayer outputLayer, GateSharing gateSharing, Combination combination, boolean standardiseFeatures,
                       double featureClip) {
        this(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, combination,
                standardiseFeatures, featureClip, GateSource.SIGNAL);
    }

    public ModelConfig {
        Objects.requireNonNull(gateSource, "gateSource");
        Objects.requireNonNull(adaptation, "adaptation");
        Objects.requireNonNull(outputLayer, "outputLayer");
        Objects.requireNonNull(gateSharing, "gateSharing");
        Objects.requireNonNull(combination, "combination");
        if (headHidden < 1) throw new IllegalArgumentException("head hidden width must be at least 1, found " + headHidden);
        if (gateHidden < 1) throw new IllegalArgumentException("gate hidden width must be at least 1, found " + gateHidden);
        if (loraRank < 1) throw new IllegalArgumentException("LoRA rank must be at least 1, found " + loraRank);
        if (!(loraAlpha > 0) || Double.isInfinite(loraAlpha)) throw new IllegalArgumentException("LoRA alpha must be positive, found " + loraAlpha);
        if (!(loraDropout >= 0 && loraDropout < 1)) throw new IllegalArgumentException("LoRA dropout must be in [0, 1), found " + loraDropout);
        if (!(featureClip >= 0) || Double.isInfinite(featureClip)) throw new IllegalArgumentException("feature clip must be 0 (off) or positive, found " + featureClip);
    }

    /**
     * DESIGN.md §3 (from the authors' code): heads and gate 256 wide, LoRA r 8, alpha 32, dropout 0.05 on the
     * first two layers of each head and both gate layers, base weights random and frozen, no bias training.
     * Two choices of this project on top, each a setting: the heads' output layer trains, and expert outputs are
     * standardised (clipped at ±10 sd). Each task has its own gate, as in the paper's single-task runs.
     */
    public static ModelConfig paperDefaults() {
        return new ModelConfig(256, 256, Adaptation.LORA, 8, 32, 0.05, OutputLayer.TRAINABLE,
                GateSharing.PER_TASK, Combination.GATE, true, 10);
    }

    /** Below this many training records {@link #forRecords} chooses {@link #smallData()} (as the training schedule does). */
    public static final int SMALL_DATA_RECORDS = 10_000;

    /**
     * For hundreds to a few thousand records: {@link #paperDefaults()} with a gate that reads nothing about the record
     * and has no network ({@link GateSource#NONE}: one learned weight per expert and task, starting equal). A
     * per-record gate over 5000 samples cannot learn from a few hundred records which expert to trust for which
     * record; on the bundled data the inner validation loss preferred a gate on a constant input on every task, and
     * among those the network-free one (docs/training.md).
     */
    public static ModelConfig smallData() {
        return paperDefaults().withGateSource(GateSource.NONE);
    }

    /** {@link #smallData()} below {@value #SMALL_DATA_RECORDS} training records, {@link #paperDefaults()} from there on. */
    public static ModelConfig forRecords(int trainingRecords) {
        return trainingRecords < SMALL_DATA_RECORDS ? smallData() : paperDefaults();
    }

    /** As the authors' code ran it: output layers frozen, raw (unstandardised) expert outputs. */
    public static ModelConfig authorsCode() {
        return new ModelConfig(256, 256, Adaptation.LORA, 8, 32, 0.05, OutputLayer.FROZEN,
                GateSharing.PER_TASK, Combination.GATE, false, 0);
    }

    public ModelConfig withCombination(Combination c) {
        return new ModelConfig(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, c,
                standardiseFeatures, featureClip, gateSource);
    }

    public ModelConfig withAdaptation(Adaptation a) {
        return new ModelConfig(headHidden, gateHidden, a, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, combination,
                standardiseFeatures, featureClip, gateSource);
    }

    public ModelConfig withWidths(int head, int gate) {
        return new ModelConfig(head, gate, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, combination,
                standardiseFeatures, featureClip, gateSource);
    }

    public ModelConfig withLora(int rank, double alpha, double dropout) {
        return new ModelConfig(headHidden, gateHidden, adaptation, rank, alpha, dropout, outputLayer, gateSharing, combination,
                standardiseFeatures, featureClip, gateSource);
    }

    public ModelConfig withOutputLayer(OutputLayer o) {
        return new ModelConfig(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, o, gateSharing, combination,
                standardiseFeatures, featureClip, gateSource);
    }

    public ModelConfig withGateSharing(GateSharing g) {
        return new ModelConfig(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, g, combination,
                standardiseFeatures, featureClip, gateSource);
    }

    public ModelConfig withGateSource(GateSource g) {
        return new ModelConfig(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, combination,
                standardiseFeatures, featureClip, g);
    }

    public ModelConfig withFeatureStandardisation(boolean on, double clip) {
        return new ModelConfig(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, combination,
                on, clip, gateSource);
    }
}
