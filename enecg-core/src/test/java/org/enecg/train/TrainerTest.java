package org.enecg.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.ModelOutputs;
import org.enecg.model.TrainingLog;
import org.enecg.nn.Param;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.junit.jupiter.api.Test;

class TrainerTest {
    static final ModelConfig SMALL = ModelConfig.projectDefaults().toBuilder().widths(24, 16).build();
    static final TrainConfig FAST = TrainConfig.smallData().toBuilder().epochs(60, 8, 0.2).build();

    static TrainingData data(long seed) {
        return SyntheticData.make(120, List.of(ExpertSpec.informative("good", 6, "age", 0.3), ExpertSpec.noise("noise", 10)), 12,
                List.of(SyntheticData.AGE, SyntheticData.SEX), 0.1, 1, seed);
    }

    static int[] rows(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    /** A task without a label in a batch gets no step: with no label at all its parameters end as they started (no decay). */
    @Test
    void parametersOfATaskWithoutLabelsDoNotMove() {
        TrainingData d = data(6);
        double[] none = new double[d.table().size()];
        java.util.Arrays.fill(none, Double.NaN);
        Labels labels = new Labels(Map.of("age", d.labels().of("age"), "gender", none));
        TrainingData ageOnly = new TrainingData(d.table(), labels, d.subjects(), d.tasks(), d.gateInput());
        ModelConfig config = SMALL.toBuilder().gateSource(org.enecg.model.GateSource.CONSTANT).build();
        TrainConfig train = FAST.toBuilder().epochs(5, 0, 0).schedule(Schedule.JOINT).build();
        EnEcgModel trained = new Trainer(config, train).train(ageOnly, rows(0, 100), 0);
        EnEcgModel initial = ModelFit.builder(train, ageOnly, config, rows(0, 100), 0).build();
        int gender = 1;
        List<Param> before = initial.network().parametersOf(gender);
        List<Param> after = trained.network().parametersOf(gender);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) assertArrayEquals(before.get(i).value(), after.get(i).value(), before.get(i).name());
        List<Param> ageBefore = initial.network().parametersOf(0);
        List<Param> ageAfter = trained.network().parametersOf(0);
        assertFalse(java.util.Arrays.equals(ageBefore.get(0).value(), ageAfter.get(0).value()), "the labelled task trains");
    }

    /** The authors' code reused one model and optimiser across folds; here fold 2 cannot depend on fold 1. */
    @Test
    void fold2TrainedAloneEqualsFold2TrainedAfterFold1() {
        TrainingData d = data(1);
        Trainer trainer = new Trainer(SMALL, FAST);
        EnEcgModel alone = trainer.train(d, rows(40, 120), 1);
        trainer.train(d, rows(0, 80), 0);
        EnEcgModel after = trainer.train(d, rows(40, 120), 1);
        List<Param> a = alone.parameters();
        List<Param> b = after.parameters();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).value(), b.get(i).value(), a.get(i).name());
    }

    @Test
    void deterministicForASeedAndDifferentForAnother() {
        TrainingData d = data(2);
        EnEcgModel a = new Trainer(SMALL, FAST).train(d, rows(0, 100), 0);
        EnEcgModel b = new Trainer(SMALL, FAST).train(d, rows(0, 100), 0);
        EnEcgModel c = new Trainer(SMALL, FAST.toBuilder().seed(7).build()).train(d, rows(0, 100), 0);
        assertArrayEquals(a.trainableParameters().get(0).value(), b.trainableParameters().get(0).value());
        assertFalse(java.util.Arrays.equals(a.trainableParameters().get(0).value(), c.trainableParameters().get(0).value()));
    }

    /** The informative expert encodes age as 6 noisy copies (noise 0.3 sd): the floor is ~0.3/√6 sd ≈ 2.5 years MAE. */
    @Test
    void stagedEnsembleLearnsAgeAndWeightsTheInformativeExpert() {
        TrainingData d = data(3);
        EnEcgModel m = new Trainer(SMALL, FAST).train(d, rows(0, 90), 0);
        ModelOutputs o = m.infer(m.prepare(d.table(), false), rows(90, 120));
        double[] y = d.labels().of("age");
        double err = 0;
        double wGood = 0;
        int n = 0;
        for (int i = 0; i < 30; i++) {
            if (Double.isNaN(y[90 + i])) continue;
            err += Math.abs(o.values()[0][i][0] - y[90 + i]);
            wGood += o.gateWeights()[0][i][0];
            n++;
        }
        assertTrue(err / n < 6, "age MAE " + err / n + " (constant predictor ~17)");
        assertTrue(wGood / n > 0.8, "mean gate weight of the informative expert " + wGood / n);
        TrainingLog log = m.provenance().training();
        assertTrue(log.policy().startsWith("staged"), log.policy());
        assertTrue(log.policy().endsWith("; class decision: gender " + m.classDecision(1)), "the chosen rule is logged: " + log.policy());
        assertEquals(0.01, log.learningRate(), "the gate stage uses the gate learning rate");
    }

    @Test
    void jointScheduleAlsoLearnsAnEasyTask() {
        TrainingData d = data(4);
        EnEcgModel m = new Trainer(SMALL, FAST.toBuilder().schedule(Schedule.JOINT).build()).train(d, rows(0, 90), 0);
        ModelOutputs o = m.infer(m.prepare(d.table(), false), rows(90, 120));
        double[] y = d.labels().of("age");
        double err = 0;
        int n = 0;
        for (int i = 0; i < 30; i++) {
            if (!Double.isNaN(y[90 + i])) {
                err += Math.abs(o.values()[0][i][0] - y[90 + i]);
                n++;
            }
        }
        assertTrue(err / n < 8, "age MAE " + err / n);
        assertEquals("early stopping per task; class decision: gender " + m.classDecision(1), m.provenance().training().policy());
    }

    @Test
    void earlyStoppingKeepsEachTasksBestEpochAndLogsIt() {
        TrainingData d = data(5);
        EnEcgModel m = new Trainer(SMALL, FAST.toBuilder().schedule(Schedule.JOINT).build()).train(d, rows(0, 100), 0);
        TrainingLog log = m.provenance().training();
        assertEquals(2, log.bestEpochs().length);
        for (int t = 0; t < 2; t++) {
            int best = log.bestEpochs()[t];
            double[] curve = log.validationLoss()[t];
            assertTrue(best >= 1 && best <= log.epochsRun());
            double min = java.util.Arrays.stream(curve).min().orElseThrow();
            assertEquals(min, curve[best - 1], "kept epoch has the lowest validation loss");
            assertTrue(curve.length >= best + 8 || curve.length == FAST.maxEpochs(), "stopped only after patience ran out");
        }
        assertEquals(100 - log.validationRecords(), log.trainRecords());
        assertTrue(log.validationRecords() >= 20);
    }

    @Test
    void fixedEpochsWithoutEarlyStoppingAsInThePaper() {
        TrainingData d = data(6);
        EnEcgModel m = new Trainer(SMALL, TrainConfig.paperDefaults()).train(d);
        TrainingLog log = m.provenance().training();
        assertEquals("fixed epochs", log.policy());
        assertEquals(5, log.epochsRun());
        assertArrayEquals(new int[] {5, 5}, log.bestEpochs());
        assertEquals(0, log.validationRecords());
        assertEquals(1e-4, log.learningRate());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 3})
    void singlesAreTheEnsemblesFirstStage(int gateFolds) {
        TrainingData d = data(7);
        Trainer trainer = new Trainer(SMALL, FAST.toBuilder().gateFolds(gateFolds).build());
        Map<String, EnEcgModel> singles = new java.util.LinkedHashMap<>();
        Map<String, CrossFitted> crossFitted = gateFolds > 0 ? new java.util.LinkedHashMap<>() : null;
        for (String e : d.table().expertNames()) {
            ExpertHeads h = trainer.trainExpert(d, e, rows(0, 100), 0);
            singles.put(e, h.single());
            if (gateFolds > 0) crossFitted.put(e, h.crossFitted());
            else assertEquals(null, h.crossFitted());
        }
        assertEquals(List.of("good", "noise"), List.copyOf(singles.keySet()));
        assertSameParameters(singles.get("good"), trainer.trainSingles(d, rows(0, 100), 0).get("good"));
        EnEcgModel viaStages = trainer.trainGate(d, rows(0, 100), 0, singles, crossFitted);
        EnEcgModel direct = trainer.train(d, rows(0, 100), 0);
        assertSameParameters(viaStages, direct);
        assertEquals(gateFolds > 0, direct.provenance().training().policy().contains("cross-fitted"));
    }

    private static void assertSameParameters(EnEcgModel x, EnEcgModel y) {
        List<Param> a = x.parameters();
        List<Param> b = y.parameters();
        assertEquals(a.stream().map(Param::name).toList(), b.stream().map(Param::name).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).value(), b.get(i).value(), a.get(i).name());
    }

    /** The shared cache of frozen first-layer outputs saves time and changes nothing. */
    @Test
    void frozenCacheIsReusedAndChangesNoResult() {
        TrainingData d = data(10);
        org.enecg.model.FrozenCache cache = new org.enecg.model.FrozenCache(1L << 24);
        Trainer cached = new Trainer(SMALL, FAST, cache);
        EnEcgModel a = cached.train(d, rows(0, 100), 0);
        long held = cache.size();
        assertTrue(held > 0);
        EnEcgModel b = cached.train(d, rows(0, 100), 0);
        assertEquals(held, cache.size(), "the second model found every frozen output in the cache");
        EnEcgModel plain = new Trainer(SMALL, FAST).train(d, rows(0, 100), 0);
        List<Param> pa = a.parameters();
        List<Param> pb = b.parameters();
        List<Param> pp = plain.parameters();
        for (int i = 0; i < pa.size(); i++) {
            assertArrayEquals(pp.get(i).value(), pa.get(i).value(), pa.get(i).name());
            assertArrayEquals(pp.get(i).value(), pb.get(i).value(), pb.get(i).name());
        }
        EnEcgModel otherFold = cached.train(d, rows(20, 120), 1);
        assertTrue(cache.size() > held, "another fold has other frozen weights, so other entries");
        assertEquals(0, new org.enecg.model.FrozenCache(0).size());
    }

    @Test
    void refusesDataWithoutAnyLabel() {
        TrainingData d = data(8);
        double[] none = new double[120];
        java.util.Arrays.fill(none, Double.NaN);
        TrainingData unlabelled = new TrainingData(d.table(), new Labels(Map.of("age", none)), d.subjects(), List.of(SyntheticData.AGE), "g");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(SMALL, FAST).train(unlabelled));
        assertEquals("no training record has a label for any of [age]", e.getMessage());
    }

    @Test
    void labelsAreAlignedToTheTableByRecordId() {
        Labels l = Labels.aligned(List.of("b", "c", "a"), List.of("a", "b"), Map.of("age", new double[] {30, 40}));
        double[] age = l.of("age");
        assertEquals(40, age[0]);
        assertTrue(Double.isNaN(age[1]), "c has no label");
        assertEquals(30, age[2]);
        assertThrows(IllegalArgumentException.class, () -> Labels.aligned(List.of("a"), List.of("a", "a"), Map.of("age", new double[] {1, 2})));
    }

    @Test
    void labelsAreValidatedAgainstTheirTask() {
        TrainingData d = data(9);
        double[] bad = d.labels().of("gender");
        bad[3] = 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingData(d.table(), new Labels(Map.of("gender", bad)), d.subjects(), List.of(SyntheticData.SEX), "g"));
        assertEquals("task 'gender', record rec0003: label 2.0 is not a class index 0..1", e.getMessage());
    }
}
