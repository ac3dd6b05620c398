package org.enecg.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enecg.model.EnEcgModel;
import org.enecg.model.ModelConfig;
import org.enecg.model.Prediction;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.junit.jupiter.api.Test;

/** Cross-fitted head outputs: each row's from heads trained without its subject. */
class CrossFitTest {
    static final ModelConfig SMALL = ModelConfig.projectDefaults().toBuilder().widths(12, 8).build();
    static final TrainConfig FAST = TrainConfig.smallData().toBuilder().epochs(8, 3, 0.2).gateFolds(3).build();

    static TrainingData data() {
        return SyntheticData.make(90, List.of(ExpertSpec.informative("ages", 5, "age", 0.5), ExpertSpec.noise("noise", 7)), 6,
                List.of(SyntheticData.AGE, SyntheticData.SEX, SyntheticData.rhythm(3)), 0.1, 2, 5);
    }

    @Test
    void eachRowsOutputComesFromHeadsTrainedWithoutItsSubject() {
        TrainingData d = data();
        Trainer trainer = new Trainer(SMALL, FAST);
        int[] rows = new int[60];
        for (int i = 0; i < rows.length; i++) rows[i] = i + 10;
        CrossFitted cf = trainer.crossFit(d, "ages", rows, 1);
        int[][] inner = org.enecg.split.KFold.bySubject(d::subjectOf, rows, 3, Seeds.derive(FAST.seed(), 1, Seeds.Stream.CROSS_FIT));
        Set<Integer> seen = new HashSet<>();
        for (int[] fold : inner) {
            assertTrue(fold.length >= 18 && fold.length <= 22, "balanced: " + fold.length);
            Set<String> subjects = new HashSet<>();
            for (int r : fold) {
                assertTrue(seen.add(r), "row in two inner folds");
                subjects.add(d.subjectOf(r));
            }
            for (int[] other : inner) {
                if (other == fold) continue;
                for (int r : other) assertTrue(!subjects.contains(d.subjectOf(r)), "subject in two inner folds");
            }
        }
        assertEquals(rows.length, seen.size());
        int at = 0;
        int[] fold = inner[1];
        java.util.Set<Integer> leave = new HashSet<>();
        for (int r : fold) leave.add(r);
        int[] train = java.util.Arrays.stream(rows).filter(r -> !leave.contains(r)).toArray();
        EnEcgModel m = trainer.trainSingle(d, "ages", train, 1);
        List<Prediction> p = m.predict(d.withExperts(List.of("ages")).table().select(fold));
        for (int i = 0; i < fold.length; i++) {
            while (cf.rows()[at] != fold[i]) at++;
            assertEquals(p.get(i).task("age").value(), cf.values()[0][at][0], 1e-3, "age of row " + fold[i]);
            double[] probs = p.get(i).task("report_label").probabilities();
            // the model reports softmax(logits - log prior) under a BALANCED decision (prior 0 under ARGMAX)
            double[] prior = m.classLogPrior(2) == null ? new double[3] : m.classLogPrior(2);
            double[] logits = cf.values()[2][at].clone();
            for (int k = 0; k < 3; k++) logits[k] -= prior[k];
            double max = java.util.Arrays.stream(logits).max().orElseThrow();
            double z = 0;
            for (double v : logits) z += Math.exp(v - max);
            for (int k = 0; k < 3; k++) assertEquals(probs[k], Math.exp(logits[k] - max) / z, 1e-5, "softmax of the logits");
        }
    }

    @Test
    void gateFoldsMustBeZeroOrAtLeastTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.smallData().toBuilder().gateFolds(1).build());
        assertTrue(e.getMessage().contains("gate folds must be 0 (off) or at least 2, found 1"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new Trainer(SMALL, TrainConfig.smallData().toBuilder().gateFolds(0).build()).crossFit(data(), "ages",
                new int[] {1, 2, 3}, 0));
    }

    @Test
    void aStagedModelWithCrossFittingIsDeterministic() {
        TrainingData d = data();
        EnEcgModel a = new Trainer(SMALL, FAST).train(d);
        EnEcgModel b = new Trainer(SMALL, FAST).train(d);
        assertTrue(a.provenance().training().policy().contains("cross-fitted"), a.provenance().training().policy());
        List<Prediction> pa = a.predict(d.table());
        List<Prediction> pb = b.predict(d.table());
        for (int i = 0; i < pa.size(); i++) assertEquals(pa.get(i).task("age").gateWeights(), pb.get(i).task("age").gateWeights());
    }
}
