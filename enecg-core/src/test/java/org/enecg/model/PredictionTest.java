package org.enecg.model;

import org.enecg.util.AtomicFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.EmbeddingTable;
import org.enecg.nn.Param;
import org.enecg.train.TrainConfig;
import org.enecg.train.Trainer;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link Prediction}: one weight per expert, each ≥ 0, summing to 1 within 1e-6; probabilities likewise. */
class PredictionTest {

    @Test
    void gateWeightsAndProbabilitiesAreDistributions() {
        TrainingData d = ModelFileFixture.data();
        EnEcgModel m = new Trainer(ModelConfig.paperDefaults().withWidths(8, 8), TrainConfig.smallData().withEpochs(5, 2, 0.2)).train(d);
        List<Prediction> ps = m.predict(d.table());
        assertEquals(d.table().size(), ps.size());
        for (Prediction p : ps) {
            assertEquals(List.of("age", "gender", "report_label"), List.copyOf(p.tasks().keySet()));
            for (TaskOutput out : p.tasks().values()) {
                assertEquals(List.of("ages", "classes"), List.copyOf(out.gateWeights().keySet()));
                double s = 0;
                for (double w : out.gateWeights().values()) {
                    assertTrue(w >= 0);
                    s += w;
                }
                assertEquals(1.0, s, 1e-6);
                if (out.probabilities().length > 0) {
                    assertEquals(1.0, java.util.Arrays.stream(out.probabilities()).sum(), 1e-6);
                    assertEquals(EnEcgModel.argmax(out.probabilities()), (int) out.value());
                }
            }
        }
        double meanAge = ps.stream().mapToDouble(p -> p.task("age").value()).average().orElseThrow();
        assertTrue(meanAge > 35 && meanAge < 75, "regression output is in years: " + meanAge);
    }

    @Test
    void uniformModelWeightsEveryExpertEqually() {
        TrainingData d = ModelFileFixture.data();
        EnEcgModel m = new Trainer(ModelConfig.paperDefaults().withWidths(8, 8).withCombination(Combination.UNIFORM),
                TrainConfig.smallData().withEpochs(3, 2, 0.2)).train(d);
        for (TaskOutput out : m.predict(d.table()).get(0).tasks().values()) {
            for (double w : out.gateWeights().values()) assertEquals(0.5, w, 1e-7);
        }
        assertTrue(m.gateParameters().isEmpty());
    }

    @Test
    void nonFiniteExpertOutputsAreReplacedByTheTrainingMeanAndCounted() {
        TrainingData d = ModelFileFixture.data();
        EnEcgModel m = new Trainer(ModelConfig.paperDefaults().withWidths(8, 8), TrainConfig.smallData().withEpochs(3, 2, 0.2)).train(d);
        List<EmbeddingTable.ExpertOutputs> ex = new ArrayList<>();
        for (EmbeddingTable.ExpertOutputs e : ((EmbeddingTable) d.table()).experts()) {
            float[][] rows = new float[e.rows().length][];
            for (int r = 0; r < rows.length; r++) rows[r] = e.rows()[r].clone();
            ex.add(new EmbeddingTable.ExpertOutputs(e.expert(), e.fingerprint(), rows));
        }
        ex.get(0).rows()[0][1] = Float.NaN;
        ex.get(1).rows()[2][0] = Float.POSITIVE_INFINITY;
        float[][] gate = new float[d.table().size()][];
        for (int r = 0; r < gate.length; r++) gate[r] = d.table().gateInput(r).clone();
        gate[4][3] = Float.NaN;
        EmbeddingTable bad = new EmbeddingTable(d.table().recordIds(), ex, gate);
        PreparedInputs in = m.prepare(bad, false);
        assertEquals(3, in.repairedValues());
        for (Prediction p : m.predict(bad)) assertTrue(Double.isFinite(p.task("age").value()));
    }

    @Test
    void savedFilesAreReadableByOthers(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.enm");
        AtomicFiles.writeString(f, "x");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void everyTrainableParameterBelongsToExactlyOneTaskWithPerTaskGates() {
        TrainingData d = ModelFileFixture.data();
        EnEcgModel m = new Trainer(ModelConfig.paperDefaults().withWidths(8, 8), TrainConfig.smallData().withEpochs(1, 1, 0.2)).train(d);
        List<Param> owned = new ArrayList<>();
        for (int t = 0; t < 3; t++) owned.addAll(m.taskParameters(t));
        assertEquals(m.trainableParameters().size(), owned.size());
        assertEquals(new java.util.HashSet<>(m.trainableParameters()).size(), new java.util.HashSet<>(owned).size());
        EnEcgModel shared = new Trainer(ModelConfig.paperDefaults().withWidths(8, 8).withGateSharing(GateSharing.SHARED_TRUNK),
                TrainConfig.smallData().withEpochs(1, 1, 0.2)).train(d);
        assertEquals(null, shared.taskParameters(0));
    }
}
