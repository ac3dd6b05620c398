package org.enecg.cli;

import org.enecg.model.ModelConfig;
import org.enecg.train.TrainConfig;
import picocli.CommandLine.Option;

/** Training settings a user may change from the defaults (docs/training.md). */
public final class TrainingOptions {
    @Option(names = "--epochs", paramLabel = "<n>",
            description = "Most epochs per model (default: the schedule's own: 200 with early stopping below 10,000 records, 5 above).")
    Integer epochs;

    @Option(names = "--head-width", paramLabel = "<n>", description = "Hidden width of each head and gate (paper: 256).")
    Integer width;

    ModelConfig modelConfig() {
        ModelConfig c = ModelConfig.paperDefaults();
        return width == null ? c : c.withWidths(width, width);
    }

    /** The schedule for this many training records, with the given seed and epoch limit. */
    TrainConfig trainConfig(int records, long seed) {
        TrainConfig c = TrainConfig.forRecords(records).withSeed(seed);
        if (epochs != null) {
            if (epochs < 1) throw new IllegalArgumentException("--epochs must be at least 1, found " + epochs);
            c = c.withEpochs(epochs, Math.min(c.patience(), epochs), c.validationFraction());
        }
        return c;
    }
}
