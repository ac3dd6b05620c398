package org.enecg.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.enecg.model.BatchStep;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.PreparedInputs;
import org.enecg.nn.AdamW;
import org.enecg.nn.Pass;
import org.enecg.testing.SyntheticData;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One AdamW step (batch 16, forward, backward, update) of the paper's model on a bundled-sized table: 5 experts
 * of 26..512 outputs, gate input 5000 samples, 5 tasks (25 heads, 5 gates), LoRA r 8 on frozen 256-wide layers.
 * <ul>
 *   <li>{@code jointStepPrecomputed}: heads and gates train; frozen first layers precomputed (the default);</li>
 *   <li>{@code jointStepRecomputed}: the same, computing {@code x·W} of the frozen first layers every step (what a
 *       direct port of the paper's forward pass does: the 16 × 5000 × 256 gate product dominates);</li>
 *   <li>{@code gateStep}: the staged schedule's second stage, heads frozen and precomputed, only the gates train.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TrainingStepBench {
    EnEcgModel joint;
    EnEcgModel recomputed;
    EnEcgModel gated;
    PreparedInputs jointIn;
    PreparedInputs recomputedIn;
    PreparedInputs gatedIn;
    org.enecg.nn.Matrix[][] gatedHeads;
    AdamW jointOpt;
    AdamW recomputedOpt;
    AdamW gateOpt;
    double[][] targets;
    int[] batch = new int[16];
    SplittableRandom rng = new SplittableRandom(3);

    @Setup(Level.Trial)
    public void setup() {
        TrainingData d = SyntheticData.bundledSized(42);
        TrainConfig one = TrainConfig.smallData().toBuilder().epochs(1, 1, 0.2).build();
        joint = new Trainer(ModelConfig.projectDefaults(), one.toBuilder().schedule(org.enecg.train.Schedule.JOINT).build()).train(d);
        recomputed = new Trainer(ModelConfig.projectDefaults(), one.toBuilder().schedule(org.enecg.train.Schedule.JOINT).build()).train(d);
        gated = new Trainer(ModelConfig.projectDefaults(), one).train(d);
        jointIn = joint.prepare(d.table(), true);
        recomputedIn = recomputed.prepare(d.table(), false);
        gatedIn = gated.prepare(d.table(), true);
        gatedHeads = gated.headOutputs(gatedIn);
        jointOpt = AdamW.defaults(joint.trainableParameters(), 1e-3);
        recomputedOpt = AdamW.defaults(recomputed.trainableParameters(), 1e-3);
        gateOpt = AdamW.defaults(gated.gateParameters(), 1e-2);
        targets = new double[d.tasks().size()][];
        for (int t = 0; t < targets.length; t++) {
            double[] y = d.labels().of(d.tasks().get(t).name());
            var s = joint.targetScalers().get(t);
            targets[t] = java.util.Arrays.stream(y).map(s::scale).toArray();
        }
    }

    private int[] nextBatch() {
        for (int i = 0; i < batch.length; i++) batch[i] = rng.nextInt(320);
        return batch;
    }

    private double step(EnEcgModel m, PreparedInputs in, AdamW opt) {
        return step(m, in, null, opt);
    }

    private double step(EnEcgModel m, PreparedInputs in, org.enecg.nn.Matrix[][] fixedHeads, AdamW opt) {
        opt.zeroGrad();
        double[] l = BatchStep.run(m, in, fixedHeads, nextBatch(), targets, Pass.training(rng), true, null);
        opt.step();
        return l[0];
    }

    @Benchmark
    public double jointStepPrecomputed() { return step(joint, jointIn, jointOpt); }

    @Benchmark
    public double jointStepRecomputed() { return step(recomputed, recomputedIn, recomputedOpt); }

    @Benchmark
    public double gateStep() { return step(gated, gatedIn, gatedHeads, gateOpt); }
}
