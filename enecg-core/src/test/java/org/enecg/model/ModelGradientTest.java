package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.enecg.cache.EmbeddingTable;
import org.enecg.data.Task;
import org.enecg.nn.Param;
import org.enecg.nn.Pass;
import org.enecg.testing.GradCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole model (heads, gate, weighted sum, three task types, missing labels) against central finite
 * differences, in every mode. Float arithmetic: step h = 1e-3 (checked against h/2 to skip ReLU kinks), tolerance
 * 3% relative + 3e-4 absolute; at least 85% of sampled coordinates must be smooth and all of those must agree.
 */
class ModelGradientTest {

    static final List<Task> TASKS = List.of(
            Task.regression("age", "age", "years"),
            Task.multiclass("rhythm", "rhythm", List.of("a", "b", "c")),
            Task.binary("sex", "sex", "m", "f"));

    static Stream<Arguments> modes() {
        ModelConfig base = ModelConfig.projectDefaults().toBuilder().widths(5, 4).lora(2, 4, 0.1).build();
        return Stream.of(
                Arguments.of("lora, per-task gate", base, true),
                Arguments.of("lora, per-task gate, no precompute", base, false),
                Arguments.of("lora, single gate", base.toBuilder().gateSharing(GateSharing.SINGLE).build(), true),
                Arguments.of("lora, frozen output layer", base.toBuilder().outputLayer(OutputLayer.FROZEN).build(), true),
                Arguments.of("full training", base.toBuilder().adaptation(Adaptation.FULL).build(), false),
                Arguments.of("uniform weights", base.toBuilder().combination(Combination.UNIFORM).build(), true),
                Arguments.of("lora, gate reads the expert outputs", base.toBuilder().gateSource(GateSource.EXPERT_OUTPUTS).build(), true),
                Arguments.of("full training, gate reads the expert outputs", base.toBuilder().gateSource(GateSource.EXPERT_OUTPUTS)
                        .adaptation(Adaptation.FULL).build(), false),
                Arguments.of("lora, constant gate input", base.toBuilder().gateSource(GateSource.CONSTANT).build(), true),
                Arguments.of("lora heads, gate without a network", base.toBuilder().gateSource(GateSource.NONE).build(), true),
                Arguments.of("lora and full heads mixed, gate without a network", base.toBuilder().gateSource(GateSource.NONE).build(), true),
                Arguments.of("lora and full heads mixed, lead gate, no precompute", base, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void allTrainableGradientsMatchFiniteDifferences(String name, ModelConfig config, boolean precompute) {
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        int n = 6;
        EmbeddingTable table = tinyTable(n, rng);
        EnEcgModel model = tinyModel(config, table, 77, name.contains("mixed") ? MIXED : null);
        for (Param p : model.trainableParameters()) {
            float[] v = GradCheck.randomArray(p.size(), 0.6, rng); // B away from zero so every adapter matters
            System.arraycopy(v, 0, p.value(), 0, v.length);
        }
        PreparedInputs in = model.prepare(table, precompute);
        assertEquals(precompute && config.adaptation() == Adaptation.LORA, in.precomputed());
        if (name.contains("mixed")) assertEquals(new HeadShape(Adaptation.FULL, 3), model.headShape(1, 2));
        double[][] targets = {
                {0.5, -1.2, Double.NaN, 0.3, 1.1, -0.4},
                {0, 2, 1, Double.NaN, 2, 0},
                {1, 0, 1, 1, Double.NaN, Double.NaN}};
        int[] rows = {0, 1, 2, 3, 4, 5};
        long maskSeed = 99;
        BatchStep.run(model, in, rows, targets, Pass.training(new SplittableRandom(maskSeed)), true);
        List<GradCheck.Target> targetsToCheck = new ArrayList<>();
        for (Param p : model.trainableParameters()) targetsToCheck.add(new GradCheck.Target(p.name(), p.value(), p.grad()));
        GradCheck.Result res = GradCheck.check(targetsToCheck, () -> {
            double[] l = BatchStep.run(model, in, rows, targets, Pass.training(new SplittableRandom(maskSeed)), false);
            double s = 0;
            for (double v : l) s += v;
            return s;
        }, 1e-3, 3e-2, 3e-4, 6, 5);
        assertTrue(res.passed(), res.toString());
        assertTrue(res.checked() >= 0.85 * (res.checked() + res.nonSmooth()), res.toString());
        assertTrue(res.checked() > 50, res.toString());
    }

    /**
     * {@link GateSource#NONE}: per task only a {@code Linear(1, n_experts)} on the constant 1, zero at the start (equal
     * weights for every record); its logits a = w + b give softmax(a) for every record. Its gradient is checked with
     * the others in {@link #allTrainableGradientsMatchFiniteDifferences}.
     */
    @Test
    void aGateWithoutANetworkStartsAtEqualWeightsAndWeightsEveryRecordAlike() {
        SplittableRandom rng = new SplittableRandom(3);
        EmbeddingTable table = tinyTable(4, rng);
        ModelConfig config = ModelConfig.projectDefaults().toBuilder().widths(5, 4).lora(2, 4, 0.1).gateSource(GateSource.NONE).build();
        EnEcgModel m = tinyModel(config, table, 5);
        List<Param> gate = m.gateParameters();
        assertEquals(List.of("gate.age.out.w.weight", "gate.age.out.w.bias", "gate.rhythm.out.w.weight", "gate.rhythm.out.w.bias",
                "gate.sex.out.w.weight", "gate.sex.out.w.bias"), gate.stream().map(Param::name).toList());
        for (Param p : gate) assertEquals(2, p.size(), p.name());
        ModelOutputs start = m.infer(m.prepare(table, true), new int[] {0, 1, 2, 3});
        for (double[][] task : start.gateWeights()) for (double[] w : task) assertArrayEquals(new double[] {0.5, 0.5}, w, 0.0);
        // rhythm's logits (ln 3 - 0.5 + 0.5, 0): weights 3/4 and 1/4 whatever the record
        Param w = gate.get(2);
        Param b = gate.get(3);
        w.value()[0] = -0.5f;
        b.value()[0] = (float) (Math.log(3) + 0.5);
        ModelOutputs after = m.infer(m.prepare(table, true), new int[] {0, 1, 2, 3});
        for (double[] wi : after.gateWeights()[1]) assertArrayEquals(new double[] {0.75, 0.25}, wi, 1e-6);
        for (double[] wi : after.gateWeights()[0]) assertArrayEquals(new double[] {0.5, 0.5}, wi, 0.0);
    }

    static EmbeddingTable tinyTable(int n, SplittableRandom rng) {
        List<String> ids = new ArrayList<>();
        float[][] a = new float[n][];
        float[][] b = new float[n][];
        float[][] g = new float[n][];
        for (int i = 0; i < n; i++) {
            ids.add("r" + i);
            a[i] = GradCheck.randomArray(3, 1.5, rng);
            b[i] = GradCheck.randomArray(4, 1.5, rng);
            g[i] = GradCheck.randomArray(6, 1.5, rng);
        }
        return new EmbeddingTable(ids, List.of(new EmbeddingTable.ExpertOutputs("a", "fa", a),
                new EmbeddingTable.ExpertOutputs("b", "fb", b)), g);
    }

    /** Expert a: LoRA heads of the configuration's width 5; expert b: fully trained heads 3 wide, except one LoRA head. */
    static final HeadShape[][] MIXED = {
            {new HeadShape(Adaptation.LORA, 5), new HeadShape(Adaptation.LORA, 5), new HeadShape(Adaptation.LORA, 5)},
            {new HeadShape(Adaptation.FULL, 3), new HeadShape(Adaptation.LORA, 5), new HeadShape(Adaptation.FULL, 3)}};

    static EnEcgModel tinyModel(ModelConfig config, EmbeddingTable table, long seed) {
        return tinyModel(config, table, seed, null);
    }

    static EnEcgModel tinyModel(ModelConfig config, EmbeddingTable table, long seed, HeadShape[][] shapes) {
        List<ExpertInfo> experts = List.of(new ExpertInfo("a", "fa", 3), new ExpertInfo("b", "fb", 4));
        int gateDim = config.gateSource().width(table, experts);
        return EnEcgModel.builder(config, TASKS, experts).gate(gateDim, "{\"leads\":[\"II\"]}")
                .featureScalers(List.of(FeatureScaler.identity(3), FeatureScaler.identity(4)))
                .targetScalers(List.of(new TargetScaler(50, 10), TargetScaler.identity(), TargetScaler.identity())).initSeed(seed).headShapes(shapes).build();
    }
}
