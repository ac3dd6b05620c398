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
        EnEcgModel m = new Trainer(ModelConfig.projectDefaults().toBuilder().widths(8, 8).build(), TrainConfig.smallData().toBuilder().epochs(5, 2, 0.2).build()).train(d);
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
                    assertEquals(argmax(out.probabilities()), (int) out.value());
                }
            }
        }
        double meanAge = ps.stream().mapToDouble(p -> p.task("age").value()).average().orElseThrow();
        assertTrue(meanAge > 35 && meanAge < 75, "regression output is in years: " + meanAge);
    }

    @Test
    void uniformModelWeightsEveryExpertEqually() {
        TrainingData d = ModelFileFixture.data();
        EnEcgModel m = new Trainer(ModelConfig.projectDefaults().toBuilder().widths(8, 8).combination(Combination.UNIFORM).build(),
                TrainConfig.smallData().toBuilder().epochs(3, 2, 0.2).build()).train(d);
        for (TaskOutput out : m.predict(d.table()).get(0).tasks().values()) {
            for (double w : out.gateWeights().values()) assertEquals(0.5, w, 1e-7);
        }
        assertTrue(m.gateParameters().isEmpty());
    }

    @Test
    void nonFiniteExpertOutputsAreReplacedByTheTrainingMeanAndCounted() {
        TrainingData d = ModelFileFixture.data();
        EnEcgModel m = new Trainer(ModelConfig.projectDefaults().toBuilder().widths(8, 8).build(), TrainConfig.smallData().toBuilder().epochs(3, 2, 0.2).build()).train(d);
        List<EmbeddingTable.ExpertOutputs> ex = new ArrayList<>();
        for (int e = 0; e < d.table().nExperts(); e++) {
            float[][] rows = new float[d.table().size()][];
            for (int r = 0; r < rows.length; r++) rows[r] = d.table().row(e, r).clone();
            ex.add(new EmbeddingTable.ExpertOutputs(d.table().expertNames().get(e), d.table().fingerprint(e), rows));
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
        EnEcgModel m = new Trainer(ModelConfig.projectDefaults().toBuilder().widths(8, 8).build(), TrainConfig.smallData().toBuilder().epochs(1, 1, 0.2).build()).train(d);
        List<Param> owned = new ArrayList<>();
        for (int t = 0; t < 3; t++) owned.addAll(m.taskParameters(t));
        assertEquals(m.trainableParameters().size(), owned.size());
        assertEquals(new java.util.HashSet<>(m.trainableParameters()).size(), new java.util.HashSet<>(owned).size());
        EnEcgModel shared = new Trainer(ModelConfig.projectDefaults().toBuilder().widths(8, 8).gateSharing(GateSharing.SHARED_TRUNK).build(),
                TrainConfig.smallData().toBuilder().epochs(1, 1, 0.2).build()).train(d);
        assertEquals(null, shared.taskParameters(0));
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
        return best;
    }
}
