package org.enecg.model;

import java.util.Objects;

/**
 * The shape and adaptation of the trainable side, a value; build one with {@link #builder()} (from the paper's
 * defaults) or change one with {@link #toBuilder()}. Each setting is described on the builder's method of the same name.
 * {@link #paperDefaults()} is the paper as its authors ran it, {@link #projectDefaults()} this project's variant and
 * {@link #smallData()} the default below {@value #SMALL_DATA_RECORDS} training records (docs/training.md).
 */
public record ModelConfig(int headHidden, int gateHidden, Adaptation adaptation, int loraRank, double loraAlpha,
                          double loraDropout, OutputLayer outputLayer, GateSharing gateSharing, Combination combination,
                          boolean standardiseFeatures, double featureClip, GateSource gateSource, boolean standardiseTargets) {

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
     * The paper as the authors ran it (DESIGN.md §3, from their code): heads and gate 256 wide, LoRA r 8, alpha 32,
     * dropout 0.05 on the first two layers of each head and both gate layers, base weights random and frozen, no bias
     * training; the head's output layer frozen at its random initialisation, weight and bias (PEFT freezes what is
     * neither a LoRA target nor in {@code modules_to_save}); expert outputs fed raw; regression targets raw (MSE on
     * milliseconds and years); the gate reads lead II; each task has its own gate, as in the paper's single-task runs.
     */
    public static ModelConfig paperDefaults() {
        return new ModelConfig(256, 256, Adaptation.LORA, 8, 32, 0.05, OutputLayer.FROZEN,
                GateSharing.PER_TASK, Combination.GATE, false, 0, GateSource.SIGNAL, false);
    }

    /**
     * The paper's model with this project's three changes, each a setting: the heads' output layer trains (the paper's
     * "new output layer" per expert; a frozen random readout and bias limit what the adapters can express), expert
     * outputs are standardised with training statistics and clipped at ±10 sd (they come in ms, mV, logits...), and
     * regression targets are standardised (one learning rate suits years and milliseconds alike).
     */
    public static ModelConfig projectDefaults() {
        return paperDefaults().toBuilder().outputLayer(OutputLayer.TRAINABLE).featureStandardisation(true, 10).targetStandardisation(true).build();
    }

    /** A builder starting from {@link #paperDefaults()}. */
    public static Builder builder() { return paperDefaults().toBuilder(); }

    /** A builder starting from this configuration. */
    public Builder toBuilder() { return new Builder(this); }

    /**
     * Below this many training records (of the fold being trained) the small-data defaults apply, to the model
     * ({@link #forRecords}) and to training ({@code TrainConfig.forRecords}): the one threshold of the project.
     */
    public static final int SMALL_DATA_RECORDS = 10_000;

    /** Whether {@code trainingRecords} is small data ({@value #SMALL_DATA_RECORDS}). */
    public static boolean isSmallData(int trainingRecords) { return trainingRecords < SMALL_DATA_RECORDS; }

    /**
     * For hundreds to a few thousand records: {@link #projectDefaults()} with a gate that reads nothing about the record
     * and has no network ({@link GateSource#NONE}: one learned weight per expert and task, starting equal). A
     * per-record gate over 5000 samples cannot learn from a few hundred records which expert to trust for which
     * record; on the bundled data the inner validation loss preferred a gate on a constant input on every task, and
     * among those the network-free one (docs/training.md).
     */
    public static ModelConfig smallData() {
        return projectDefaults().toBuilder().gateSource(GateSource.NONE).build();
    }

    /** {@link #smallData()} for small data ({@link #isSmallData}), {@link #paperDefaults()} from there on. */
    public static ModelConfig forRecords(int trainingRecords) {
        return isSmallData(trainingRecords) ? smallData() : paperDefaults();
    }

    /** Settings of a {@link ModelConfig}, each described; {@link #build} checks them. */
    public static final class Builder {
        private int headHidden;
        private int gateHidden;
        private Adaptation adaptation;
        private int loraRank;
        private double loraAlpha;
        private double loraDropout;
        private OutputLayer outputLayer;
        private GateSharing gateSharing;
        private Combination combination;
        private boolean standardiseFeatures;
        private double featureClip;
        private GateSource gateSource;
        private boolean standardiseTargets;

        private Builder(ModelConfig c) {
            headHidden = c.headHidden;
            gateHidden = c.gateHidden;
            adaptation = c.adaptation;
            loraRank = c.loraRank;
            loraAlpha = c.loraAlpha;
            loraDropout = c.loraDropout;
            outputLayer = c.outputLayer;
            gateSharing = c.gateSharing;
            combination = c.combination;
            standardiseFeatures = c.standardiseFeatures;
            featureClip = c.featureClip;
            gateSource = c.gateSource;
            standardiseTargets = c.standardiseTargets;
        }

        /**
         * Hidden widths: of each FFN head, {@code Linear(d_in, h) - ReLU - Linear(h, h) - ReLU - Linear(h, d_out)}, and of
         * the gate, {@code Linear(gateDim, h) - ReLU - Linear(h, n_experts) - softmax}; paper 256 and 256.
         */
        public Builder widths(int head, int gate) {
            headHidden = head;
            gateHidden = gate;
            return this;
        }

        /** LoRA on frozen random layers (paper) or full training. */
        public Builder adaptation(Adaptation a) { adaptation = a; return this; }

        /** LoRA rank r (paper 8), alpha (the update is scaled by alpha / r; paper 32), dropout on the adapter input in [0, 1) (paper 0.05). */
        public Builder lora(int rank, double alpha, double dropout) {
            loraRank = rank;
            loraAlpha = alpha;
            loraDropout = dropout;
            return this;
        }

        /** The last head layer under LoRA: trainable or frozen (the authors' code); see {@link OutputLayer}. */
        public Builder outputLayer(OutputLayer o) { outputLayer = o; return this; }

        /** One gate per task (default), a shared trunk with per-task outputs, or one gate; see {@link GateSharing}. */
        public Builder gateSharing(GateSharing g) { gateSharing = g; return this; }

        /** Learned gate (EnECG) or uniform weights (baselines). */
        public Builder combination(Combination c) { combination = c; return this; }

        /**
         * Whether each expert output feature is z-scored with training statistics (expert outputs come in ms, mV,
         * logits...; the paper feeds them raw), and after that clipped to ±{@code clip} standard deviations (0: no clip; a
         * guard against outliers in unseen records).
         */
        public Builder featureStandardisation(boolean on, double clip) {
            standardiseFeatures = on;
            featureClip = clip;
            return this;
        }

        /** What the gate reads ({@link GateSource}): the table's gate input (the paper: lead II), the expert outputs, or nothing. */
        public Builder gateSource(GateSource g) { gateSource = g; return this; }

        /**
         * Whether regression targets are standardised with the training rows' mean and deviation (the loss is the MSE of
         * z-scores), or learned raw (the paper: MSE on milliseconds and years).
         */
        public Builder targetStandardisation(boolean on) { standardiseTargets = on; return this; }

        public ModelConfig build() {
            return new ModelConfig(headHidden, gateHidden, adaptation, loraRank, loraAlpha, loraDropout, outputLayer, gateSharing, combination,
                    standardiseFeatures, featureClip, gateSource, standardiseTargets);
        }
    }
}
