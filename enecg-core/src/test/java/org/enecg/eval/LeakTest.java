package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.enecg.model.ModelConfig;
import org.enecg.model.TrainingLog;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.enecg.train.Labels;
import org.enecg.train.TrainConfig;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.Test;

/**
 * No label of a test fold reaches that fold's training: shuffling the labels of fold f's test records among them (every
 * task) leaves fold f's trained models (their training logs: losses, kept epochs, class decisions in the policy) and
 * their predictions bit for bit unchanged, for every method, under the small-data schedule (staged, cross-fitted,
 * early stopping, head-shape and class-decision choices: every place that reads labels). A statistic that a permutation
 * does not change (the test fold's label mean) would not be caught; the scalers are fitted on training rows only.
 */
class LeakTest {
    static final ModelConfig SMALL = ModelConfig.smallData().toBuilder().widths(12, 8).build();
    static final TrainConfig FAST = TrainConfig.smallData().toBuilder().epochs(12, 3, 0.2).build();

    @Test
    void permutingATestFoldsLabelsChangesNothingThatFoldTrainedOrPredicted() {
        TrainingData data = SyntheticData.make(96, List.of(ExpertSpec.informative("ages", 4, "age", 0.4), ExpertSpec.informative("sexes", 4, "gender", 1.0)),
                8, List.of(SyntheticData.AGE, SyntheticData.SEX), 0.1, 2, 5);
        EvaluationPlan plan = EvaluationPlan.of(3).withThreads(2);
        EvaluationResult base = CrossValidation.run(data, SMALL, FAST, plan);
        List<SubjectKFold.Fold> folds = new SubjectKFold(3, FAST.seed()).split(data);
        for (SubjectKFold.Fold fold : folds) {
            TrainingData permuted = permuteLabels(data, fold.testRows(), 100 + fold.index());
            EvaluationResult r = CrossValidation.run(permuted, SMALL, FAST, plan);
            for (String task : List.of("age", "gender")) {
                TaskResult a = base.task(task);
                TaskResult b = r.task(task);
                boolean someLabelMoved = false;
                for (int row : fold.testRows()) {
                    String id = data.table().recordIds().get(row);
                    int at = a.recordIds().indexOf(id);
                    int bt = b.recordIds().indexOf(id);
                    if (at < 0 || bt < 0) continue;
                    someLabelMoved |= a.truth()[at] != b.truth()[bt];
                    for (String method : a.predictions().keySet()) {
                        assertArrayEquals(a.predictions().get(method)[at], b.predictions().get(method)[bt], 0.0,
                                "fold " + fold.index() + " " + method + " " + task + " record " + id);
                    }
                }
                if (task.equals("age")) assertTrue(someLabelMoved, "the permutation moved labels of fold " + fold.index());
            }
            for (Map.Entry<String, List<TrainingLog>> e : base.trainingLogs().entrySet()) {
                TrainingLog la = e.getValue().get(fold.index());
                TrainingLog lb = r.trainingLogs().get(e.getKey()).get(fold.index());
                if (la == null) continue;
                assertEquals(la.policy(), lb.policy(), e.getKey());
                assertArrayEquals(la.trainLoss(), lb.trainLoss(), 0.0, e.getKey());
                assertArrayEquals(la.bestEpochs(), lb.bestEpochs(), e.getKey());
            }
        }
    }

    /** The labels of {@code rows} shuffled among those rows, every task (missing labels move too). */
    static TrainingData permuteLabels(TrainingData d, int[] rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = rows.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Map<String, double[]> byTask = new HashMap<>();
        for (var task : d.tasks()) {
            double[] y = d.labels().of(task.name());
            double[] z = y.clone();
            for (int i = 0; i < rows.length; i++) z[rows[i]] = y[order[i]];
            byTask.put(task.name(), z);
        }
        return new TrainingData(d.table(), new Labels(byTask), d.subjects(), d.tasks(), d.gateInput());
    }
}
