package org.enecg.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enecg.eval.CrossValidation;
import org.enecg.eval.EvaluationPlan;
import org.enecg.eval.EvaluationResult;
import org.enecg.model.ModelConfig;
import org.enecg.testing.SyntheticData;
import org.enecg.train.TrainConfig;
import org.enecg.train.TrainingData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole trainable side of the main job on a bundled-sized table (320 records, 5 experts of 26..512 outputs,
 * gate input 5000, 5 tasks): 3 folds by subject, EnECG, every expert alone, uniform average, constant, and
 * "ensemble without X" for 3 experts, with the small-data defaults (staged schedule, early stopping).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class CrossValidationBench {
    @Param({"1", "2"})
    public int threads;

    TrainingData data;

    @Setup
    public void setup() {
        data = SyntheticData.bundledSized(42);
    }

    @Benchmark
    public EvaluationResult threeFoldsWithBaselinesAndThreeAblations() {
        EvaluationPlan plan = EvaluationPlan.of(3).withThreads(threads).withAblations(List.of("rhythm", "spectral", "dlinear"));
        return CrossValidation.run(data, ModelConfig.projectDefaults(), TrainConfig.smallData(), plan);
    }
}
