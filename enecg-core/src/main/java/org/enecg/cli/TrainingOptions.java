package org.enecg.cli;

import org.enecg.model.Adaptation;
import org.enecg.model.ClassDecision;
import org.enecg.model.HeadShape;
import org.enecg.model.GateSource;
import org.enecg.model.ModelConfig;
import org.enecg.train.TrainConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Training settings a user may change from the defaults (docs/training.md). */
public final class TrainingOptions {
    @Option(names = "--epochs", paramLabel = "<n>",
            description = "Most epochs per model (default: the schedule's own: 200 with early stopping below 10,000 records, 5 above).")
    Integer epochs;

    @Option(names = "--head-width", paramLabel = "<n>", description = "Hidden width of each head and gate (paper: 256).")
    Integer width;

    @Option(names = "--adaptation", paramLabel = "<mode>",
            description = "LORA: adapters on frozen random layers (paper); FULL: every weight of heads and gates trains.")
    Adaptation adaptation;

    @Option(names = "--gate-input", paramLabel = "<source>",
            description = "What the gate reads: SIGNAL (lead II, 10 s at 500 Hz, as the paper), EXPERT_OUTPUTS (the experts' standardised"
                    + " outputs), CONSTANT (nothing: the paper's gate network on a constant input) or NONE (nothing, and no network: one"
                    + " learned weight per expert and task, starting equal). Default: NONE below 10,000 records, SIGNAL above.")
    GateSource gateSource;

    @Option(names = "--gate-folds", paramLabel = "<k>",
            description = "Staged schedule: train the gate on head outputs cross-fitted in k inner folds by subject (0: on the heads'"
                    + " outputs for their own training records). Default: the schedule's own.")
    Integer gateFolds;

    @Option(names = "--learning-rate", paramLabel = "<lr>", description = "AdamW learning rate of the heads (default: the schedule's own).")
    Double learningRate;

    @Option(names = "--gate-learning-rate", paramLabel = "<lr>", description = "AdamW learning rate of the staged schedule's gate stage.")
    Double gateLearningRate;

    @Option(names = "--alternative-head", paramLabel = "<shape>",
            description = "Staged schedule: a second head shape (ADAPTATION:WIDTH, e.g. FULL:64) trained beside each of the model's own;"
                    + " per expert and task the one with the lower cross-fitted loss is kept. 'none': the model's own only (the paper)."
                    + " Default: FULL:64 below 10,000 records, none above.")
    String alternativeHead;

    @Option(names = "--class-decision", paramLabel = "<rule>",
            description = "How classification tasks decide their class: ARGMAX (most probable; the paper), BALANCED (most probable"
                    + " once divided by the training class frequencies) or CHOSEN (per task, whichever scores the higher inner-validation"
                    + " macro F1). Default: CHOSEN below 10,000 records, ARGMAX above.")
    ClassDecision decision;

    /** Refuses option values no run could use, before any work (a usage error, exit 2). */
    void check(CommandLine cl) {
        if (epochs != null && epochs < 1) throw new ParameterException(cl, "--epochs must be at least 1, found " + epochs);
        if (width != null && width < 1) throw new ParameterException(cl, "--head-width must be at least 1, found " + width);
        if (gateFolds != null && (gateFolds < 0 || gateFolds == 1)) {
            throw new ParameterException(cl, "--gate-folds must be 0 or at least 2, found " + gateFolds);
        }
        for (Double lr : new Double[] {learningRate, gateLearningRate}) {
            if (lr != null && !(lr > 0 && Double.isFinite(lr))) throw new ParameterException(cl, "learning rates must be positive, found " + lr);
        }
        if (alternativeHead != null && !alternativeHead.trim().equalsIgnoreCase("none")) {
            try {
                HeadShape.parse(alternativeHead);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, "--alternative-head: " + e.getMessage() + ", or none");
            }
        }
    }

    /** The model for this many training records, with the options given. */
    ModelConfig modelConfig(int records) {
        ModelConfig c = ModelConfig.forRecords(records);
        if (width != null) c = c.toBuilder().widths(width, width).build();
        if (adaptation != null) c = c.toBuilder().adaptation(adaptation).build();
        if (gateSource != null) c = c.toBuilder().gateSource(gateSource).build();
        return c;
    }

    /** The schedule for this many training records, with the given seed and the options given. */
    TrainConfig trainConfig(int records, long seed) {
        TrainConfig c = TrainConfig.forRecords(records).toBuilder().seed(seed).build();
        if (epochs != null) {
            if (epochs < 1) throw new IllegalArgumentException("--epochs must be at least 1, found " + epochs);
            c = c.toBuilder().epochs(epochs, Math.min(c.patience(), epochs), c.validationFraction()).build();
        }
        if (gateFolds != null) c = c.toBuilder().gateFolds(gateFolds).build();
        if (learningRate != null) c = c.toBuilder().learningRate(learningRate).build();
        if (gateLearningRate != null) c = c.toBuilder().gateLearningRate(gateLearningRate).build();
        if (alternativeHead != null) {
            if (c.schedule() != org.enecg.train.Schedule.STAGED && !alternativeHead.trim().equalsIgnoreCase("none")) {
                throw new IllegalArgumentException("--alternative-head applies to the staged schedule (below 10,000 training records);"
                        + " with " + records + " the heads and gate train jointly");
            }
            try {
                c = c.toBuilder().alternativeHead(alternativeHead.trim().equalsIgnoreCase("none") ? null : HeadShape.parse(alternativeHead)).build();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--alternative-head: " + e.getMessage() + ", or none");
            }
        }
        if (decision != null) c = c.toBuilder().decision(decision).build();
        return c;
    }
}
