package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enecg.model.ModelConfig;
import org.enecg.testing.SyntheticData;
import org.enecg.testing.SyntheticData.ExpertSpec;
import org.enecg.train.TrainConfig;
import org.enecg.train.TrainingData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Known answers: "ages" encodes age (8 noisy copies, noise 0.4 sd: floor ≈ 0.4/√8 sd ≈ 2.9 years MAE),
 * "sexes" encodes sex (±1 + N(0,1) in 6 copies), "noise" is N(0,1) scaled by 1000 (standardisation must cope).
 * 10% of labels are missing, records come in subjects of two.
 */
class CrossValidationTest {
    static final ModelConfig SMALL = ModelConfig.projectDefaults().toBuilder().widths(24, 16).build();
    static final TrainConfig FAST = TrainConfig.smallData().toBuilder().epochs(60, 8, 0.2).build();
    static TrainingData data;
    static EvaluationResult result;
    static Set<String> subset;

    @BeforeAll
    static void run() {
        data = SyntheticData.make(180, List.of(ExpertSpec.informative("ages", 8, "age", 0.4), ExpertSpec.informative("sexes", 6, "gender", 1.0),
                new ExpertSpec("noise", 12, null, 1, 1000)), 16, List.of(SyntheticData.AGE, SyntheticData.SEX), 0.1, 2, 11);
        subset = new HashSet<>();
        for (int i = 0; i < 180; i += 3) subset.add(data.table().recordIds().get(i));
        EvaluationPlan plan = EvaluationPlan.of(3).withAblations(List.of("ages")).withSubsets(Map.of("every_third", subset)).withThreads(2);
        result = CrossValidation.run(data, SMALL, FAST, plan);
    }

    @Test
    void everyMethodIsScoredInEveryFold() {
        TaskResult age = result.task("age");
        assertEquals(List.of("enecg", "uniform_average", "constant", "expert_alone:ages", "expert_alone:sexes", "expert_alone:noise",
                "ensemble_without:ages"), List.copyOf(age.methods().keySet()));
        for (MethodScores s : age.methods().values()) assertEquals(3, s.folds().size());
        assertEquals(List.of("mae", "mse"), age.methods().get("enecg").metrics());
        assertEquals(List.of("accuracy", "precision", "recall", "f1", "auroc"), result.task("gender").methods().get("enecg").metrics());
        assertEquals(180, java.util.Arrays.stream(result.foldSizes()).sum());
    }

    @Test
    void recordsWithoutALabelAreLeftOutOfThatTaskOnly() {
        for (String task : List.of("age", "gender")) {
            double[] y = data.labels().of(task);
            long labelled = java.util.Arrays.stream(y).filter(v -> !Double.isNaN(v)).count();
            assertEquals(labelled, result.task(task).records(), task);
            assertEquals(labelled, result.task(task).predictions().get("enecg").length);
        }
        assertTrue(result.task("age").records() < 180 && result.task("gender").records() < 180);
    }

    @Test
    void theGateLearnsWhichExpertCarriesEachTask() {
        double ages = mean(result.task("age").gateWeights().get("ages"));
        double sexes = mean(result.task("gender").gateWeights().get("sexes"));
        assertTrue(ages > 0.8, "gate weight of 'ages' for age: " + ages);
        assertTrue(sexes > 0.6, "gate weight of 'sexes' for gender: " + sexes);
    }

    @Test
    void enecgBeatsTheConstantPredictorAndMatchesTheBestExpert() {
        TaskResult age = result.task("age");
        double enecg = age.methods().get("enecg").mean("mae");
        double constant = age.methods().get("constant").mean("mae");
        double best = age.methods().get(age.bestSingleExpert()).mean("mae");
        assertEquals("expert_alone:ages", age.bestSingleExpert());
        assertTrue(enecg < 0.4 * constant, "EnECG age MAE " + enecg + " vs constant " + constant);
        assertTrue(enecg < 6.0, "EnECG age MAE " + enecg + " (floor about 2.9)");
        assertTrue(enecg <= 1.1 * best, "EnECG " + enecg + " vs best single " + best);
        TaskResult sex = result.task("gender");
        assertTrue(sex.methods().get("enecg").mean("accuracy") > 0.8, "gender accuracy " + sex.methods().get("enecg").mean("accuracy"));
        assertTrue(sex.beatsConstant("enecg"));
        assertEquals(0.5, sex.methods().get("constant").mean("auroc"), 1e-12, "a constant score ranks nothing");
    }

    @Test
    void leavingOutTheInformativeExpertHurts() {
        TaskResult age = result.task("age");
        assertTrue(age.methods().get("ensemble_without:ages").mean("mae") > 2 * age.methods().get("enecg").mean("mae"));
    }

    @Test
    void subsetMetricsUseOnlyTheSubsetsRecords() {
        TaskResult age = result.task("age");
        double[] y = data.labels().of("age");
        int expected = 0;
        for (int i = 0; i < 180; i++) if (subset.contains(data.table().recordIds().get(i)) && !Double.isNaN(y[i])) expected++;
        assertEquals(expected, age.subsetRecords().get("every_third"));
        // recompute each fold's subset MAE from the run's out-of-fold predictions: the subset's labelled test records only
        double[] reported = age.subsets().get("every_third").get("enecg").values("mae");
        double[][] predicted = age.predictions().get("enecg");
        List<SubjectKFold.Fold> folds = new SubjectKFold(3, FAST.seed()).split(data);
        assertEquals(folds.size(), reported.length);
        for (SubjectKFold.Fold fold : folds) {
            double sum = 0;
            int n = 0;
            for (int r : fold.testRows()) {
                String id = data.table().recordIds().get(r);
                int at = age.recordIds().indexOf(id);
                if (!subset.contains(id) || at < 0) continue;
                sum += Math.abs(predicted[at][0] - age.truth()[at]);
                n++;
            }
            assertTrue(n > 0);
            assertEquals(sum / n, reported[fold.index()], 1e-9, "fold " + fold.index());
        }
        assertTrue(reported[0] != age.methods().get("enecg").values("mae")[0], "the subset is not the whole fold");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        EvaluationResult one = CrossValidation.run(data, SMALL, FAST, EvaluationPlan.of(3).withThreads(1));
        for (String task : List.of("age", "gender")) {
            for (String m : one.task(task).methods().keySet()) {
                for (String metric : one.task(task).methods().get(m).metrics()) {
                    assertArrayEquals(one.task(task).methods().get(m).values(metric), result.task(task).methods().get(m).values(metric),
                            task + " " + m + " " + metric);
                }
            }
        }
    }

    @Test
    void uniformAverageIsTheMeanOfTheExpertAloneOutputs() {
        TaskResult age = result.task("age");
        double[][] u = age.predictions().get("uniform_average");
        double[][] a = age.predictions().get("expert_alone:ages");
        double[][] s = age.predictions().get("expert_alone:sexes");
        double[][] n = age.predictions().get("expert_alone:noise");
        for (int i = 0; i < u.length; i++) assertEquals((a[i][0] + s[i][0] + n[i][0]) / 3, u[i][0], 1e-9);
    }

    @Test
    void rejectsAblationOfAnUnknownExpert() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.run(data, SMALL, FAST, EvaluationPlan.of(3).withAblations(List.of("ecgfm"))));
        assertEquals("cannot leave out expert 'ecgfm': the data has [ages, sexes, noise]", e.getMessage());
    }

    static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }

    @Test
    void eachFoldsSettingsAreChosenByItsNumberOfTrainingRecords() {
        List<Integer> asked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ConfigChoice choice = new ConfigChoice(n -> {
            asked.add(n);
            return SMALL;
        }, n -> FAST.toBuilder().epochs(2, 1, 0.2).build());
        EvaluationPlan plan = EvaluationPlan.of(3).withBaselines(false).withThreads(1);
        CrossValidation.run(data.withExperts(List.of("ages")), choice, plan, s -> { });
        List<Integer> trainSizes = new SubjectKFold(3, FAST.seed()).split(data).stream().map(f -> f.trainRows().length).toList();
        assertTrue(trainSizes.containsAll(asked) && !asked.isEmpty(), "asked for " + asked + ", fold training sizes " + trainSizes);
        assertTrue(!asked.contains(180), "never the whole data's size");
        ConfigChoice straddling = new ConfigChoice(n -> n < trainSizes.stream().mapToInt(Integer::intValue).max().orElseThrow() ? SMALL
                : SMALL.toBuilder().widths(8, 8).build(), n -> FAST);
        if (trainSizes.stream().distinct().count() > 1) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CrossValidation.run(data, straddling, plan, s -> { }));
            assertTrue(e.getMessage().contains("call for different settings"), e.getMessage());
        }
    }
}
