package org.enecg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.Embedder;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.Task;
import org.enecg.expert.GateInput;
import org.enecg.model.EnEcgModel;
import org.enecg.nn.Param;
import org.enecg.pipeline.ExpertSet;
import org.enecg.pipeline.Pipeline;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two procedures of the comparison train the same thing: on real bundled records, with a built-in and an ONNX
 * expert (both give the same output for a record whether it runs alone or in a batch), the paper procedure's model of
 * each (task, fold) has, bit for bit, the weights and the per-epoch training losses of the model the project's trainer
 * makes for that task alone from the cached outputs; and without dropout the project's one model for all tasks holds
 * exactly those per-task weights. So the bench times two ways of computing the same models.
 */
class ProcedureEquivalenceTest {
    private static final Path HOME = Path.of("");
    private static ExpertSet experts;
    private static final GateInput GATE = Pipeline.gateInput();

    @BeforeAll
    static void open() throws IOException {
        experts = ExpertSet.open(ExpertRegistry.standard(HOME), List.of("rhythm", "ecgfm-like"), HOME);
    }

    @AfterAll
    static void close() {
        experts.close();
    }

    private static BenchData data(List<String> tasks) throws IOException {
        return BenchData.load("bundled", tasks, 15, 3, 42); // LUDB and CinC records, spread over the manifest
    }

    private static EmbeddingTable embed(BenchData data, Path cache) throws Exception {
        try (EmbeddingCache c = EmbeddingCache.open(cache)) {
            return new Embedder(c, 2).table(data.refs(), experts.experts(), GATE, Embedder.Progress.NONE).table();
        }
    }

    @ParameterizedTest
    @EnumSource(BenchSetup.Model.class)
    void paperProcedureMakesTheTrainersModelForEachTaskAndFold(BenchSetup.Model choice, @TempDir Path tmp) throws Exception {
        BenchData data = data(List.of("rr_interval", "age", "gender", "report_label"));
        BenchSetup setup = BenchSetup.of(choice, 2, 3, 42, 2);
        PaperProcedure.Result paper = PaperProcedure.run(data, experts.experts(), GATE, setup, PaperProcedure.Extent.FULL);
        assertTrue(paper.skipped().isEmpty(), paper.skipped().toString());
        EmbeddingTable table = embed(data, tmp.resolve("cache"));
        TrainingData all = data.trainingData(table);
        long expectedForwards = 0;
        int compared = 0;
        for (Task t : data.tasks()) {
            TrainingData one = new TrainingData(all.table(), all.labels(), all.subjects(), List.of(t), all.gateInput());
            int[][] counts = paper.counts().get(t.name());
            List<EnEcgModel> models = paper.models().get(t.name());
            assertEquals(3, models.size(), t.name());
            for (int f = 0; f < 3; f++) {
                EnEcgModel expected = new Trainer(setup.model(), setup.training()).train(one, data.split(table.recordIds(), f)[0], f);
                assertSameTrainable(expected.trainableParameters(), models.get(f).trainableParameters(), t.name() + " fold " + f);
                double[] loss = expected.provenance().training().trainLoss();
                for (int e = 1; e <= 2; e++) {
                    int fold = f, epoch = e;
                    PaperProcedure.Unit u = paper.units().stream()
                            .filter(x -> x.task().equals(t.name()) && x.fold() == fold && x.epoch() == epoch).findFirst().orElseThrow();
                    assertEquals(loss[e - 1], u.loss(), 0.0, t.name() + " fold " + f + " epoch " + e + " training loss");
                }
                expectedForwards += 2L * counts[f][0] + counts[f][1] + (setup.model().standardiseFeatures() ? counts[f][0] : 0);
                compared++;
            }
        }
        assertEquals(12, compared);
        assertEquals(expectedForwards, paper.forwards(), "every batch of every epoch of every fold runs the experts again");
        assertEquals(expectedForwards, PaperCost.measured(paper).forwards());
    }

    @Test
    void withoutDropoutTheProjectsModelForAllTasksHoldsThePerTaskModels(@TempDir Path tmp) throws Exception {
        BenchData data = data(List.of("gender", "report_label")); // every bundled record has both labels
        BenchSetup paperSetup = BenchSetup.of(BenchSetup.Model.PAPER, 2, 3, 42, 2);
        BenchSetup setup = new BenchSetup(paperSetup.model().toBuilder().lora(8, 32, 0).build(), paperSetup.training(), 3, 2);
        CachedProcedure.Result cached = CachedProcedure.run(data, experts.experts(), GATE, tmp.resolve("cache"), setup);
        PaperProcedure.Result paper = PaperProcedure.run(data, experts.experts(), GATE, setup, PaperProcedure.Extent.FULL);
        assertEquals(data.size(), cached.records());
        for (int t = 0; t < data.tasks().size(); t++) {
            String task = data.tasks().get(t).name();
            for (int f = 0; f < 3; f++) {
                assertSameTrainable(paper.models().get(task).get(f).trainableParameters(), cached.models().get(f).taskParameters(t),
                        task + " fold " + f);
            }
            assertEquals(cached.scores().get(task), paper.scores().get(task), 0.0, task + ": same models, same test metric");
        }
    }

    @Test
    void aSampleRunsEachTasksFirstFoldForOneEpochAndItsEvaluation() throws Exception {
        BenchData data = data(List.of("age", "gender"));
        BenchSetup setup = BenchSetup.of(BenchSetup.Model.AUTHORS, 5, 3, 42, 2);
        PaperProcedure.Result r = PaperProcedure.run(data, experts.experts(), GATE, setup, PaperProcedure.Extent.SAMPLE);
        List<String> units = new ArrayList<>();
        for (PaperProcedure.Unit u : r.units()) units.add(u.task() + "/" + u.fold() + "/" + u.epoch());
        assertEquals(List.of("age/0/1", "age/0/0", "gender/0/1", "gender/0/0"), units);
        for (Task t : data.tasks()) {
            int[][] c = r.counts().get(t.name());
            assertEquals(3, c.length, "counts of every fold, also those not run");
            int labelled = 0;
            for (int i = 0; i < data.size(); i++) if (!Double.isNaN(data.label(t.name(), i))) labelled++;
            assertEquals(labelled, c[0][0] + c[0][1], t.name() + ": fold 1's training and test records are every labelled record");
            assertEquals(labelled, c[0][1] + c[1][1] + c[2][1], t.name() + ": each record is tested once");
        }
        PaperCost x = PaperCost.extrapolated(r, 5, 16);
        long expected = 0;
        for (int[][] c : r.counts().values()) for (int[] f : c) expected += 5L * f[0] + f[1];
        assertEquals(expected, x.forwards());
        assertTrue(x.totalSeconds() > PaperCost.measured(r).totalSeconds(), "the whole loop costs more than its sample");
    }

    private static void assertSameTrainable(List<Param> expected, List<Param> actual, String what) {
        assertEquals(expected.stream().map(Param::name).toList(), actual.stream().map(Param::name).toList(), what);
        boolean changed = false;
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).value(), actual.get(i).value(), 0f, what + ": " + expected.get(i).name());
            for (float v : actual.get(i).value()) changed |= v != 0f;
        }
        assertFalse(expected.isEmpty(), what + ": no trainable parameters");
        assertTrue(changed, what + ": weights never left zero (LoRA B starts at 0): the model did not train");
    }
}
