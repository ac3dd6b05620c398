package org.enecg.eval;

import java.util.function.IntFunction;
import org.enecg.model.ModelConfig;
import org.enecg.train.TrainConfig;

/**
 * The settings a fold trains with, as a function of its number of training records: the small-data threshold
 * ({@link ModelConfig#isSmallData}) applies to the records a model is trained on, not to the whole data set.
 *
 * @param model    model settings for a number of training records
 * @param training training settings for a number of training records (its seed is the run's)
 */
public record ConfigChoice(IntFunction<ModelConfig> model, IntFunction<TrainConfig> training) {

    /** The project's defaults ({@link ModelConfig#forRecords}, {@link TrainConfig#forRecords}) with this seed. */
    public static ConfigChoice defaults(long seed) {
        return new ConfigChoice(ModelConfig::forRecords, n -> TrainConfig.forRecords(n).toBuilder().seed(seed).build());
    }

    /** The same settings whatever the number of records. */
    public static ConfigChoice fixed(ModelConfig m, TrainConfig t) {
        return new ConfigChoice(n -> m, n -> t);
    }
}
