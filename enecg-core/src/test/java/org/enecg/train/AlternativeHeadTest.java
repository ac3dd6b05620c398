package org.enecg.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.enecg.data.Task;
import org.enecg.model.Adaptation;
import org.enecg.model.ClassDecision;
import org.enecg.model.EnEcgModel;
import org.enecg.model.HeadShape;
import org.enecg.model.ModelConfig;
import org.enecg.model.TargetScaler;
import org.enecg.nn.Param;
import org.enecg.testing.SyntheticData;
import org.junit.jupiter.api.Test;

/**
 * The staged schedule's alternative head: per task the shape whose cross-fitted loss is lower is kept, with its
 * trained weights and its cross-fitted outputs; and the loss that decides, against values derived by hand.
 */
class AlternativeHeadTest {
    static final ModelConfig SMALL = ModelConfig.projectDefaults().toBuilder().widths(12, 8).build();
    static final HeadShape OWN = new HeadShape(Adaptation.LORA, 12);
    static final HeadShape ALT = new HeadShape(Adaptation.FULL, 24);
    static final TrainConfig FAST = TrainConfig.smallData().toBuilder().epochs(30, 8, 0.2).gateFolds(3).alternativeHead(ALT)
            .decision(ClassDecision.ARGMAX).build();

    static int[] rows() {
        int[] rows = new int[60];
        for (int i = 0; i < rows.length; i++) rows[i] = i + 10;
        return rows;
    }

    @Test
    void keepsPerTaskTheShapeWithTheLowerCrossFittedLoss() {
        TrainingData d = CrossFitTest.data();
        Trainer trainer = new Trainer(SMALL, FAST);
        ExpertHeads h = trainer.trainExpert(d, "ages", rows(), 1);
        EnEcgModel own = trainer.trainSingle(d, "ages", rows(), 1, OWN);
        EnEcgModel alt = trainer.trainSingle(d, "ages", rows(), 1, ALT);
        CrossFitted ownCf = trainer.crossFit(d, "ages", rows(), 1, OWN);
        CrossFitted altCf = trainer.crossFit(d, "ages", rows(), 1, ALT);
        List<Task> tasks = d.tasks();
        int kept = 0;
        for (int t = 0; t < tasks.size(); t++) {
            double[] y = d.labels().of(tasks.get(t).name());
            double lo = ownCf.loss(t, tasks.get(t), y, own.targetScalers().get(t));
            double la = altCf.loss(t, tasks.get(t), y, alt.targetScalers().get(t));
            assertArrayEquals(new double[] {lo, la}, h.losses().get(t), 0.0, tasks.get(t).name());
            boolean useAlt = la < lo;
            HeadShape expected = useAlt ? ALT : OWN;
            if (useAlt) kept++;
            assertEquals(expected, h.shapes().get(t), tasks.get(t).name());
            assertEquals(expected, h.single().headShape(0, t), tasks.get(t).name());
            assertSameWeights((useAlt ? alt : own).taskParameters(t), h.single().taskParameters(t), tasks.get(t).name());
            for (int i = 0; i < h.crossFitted().rows().length; i++) {
                assertArrayEquals((useAlt ? altCf : ownCf).values()[t][i], h.crossFitted().values()[t][i], 0.0, tasks.get(t).name());
            }
        }
        // on these data (fixed seed) the two shapes each win some task: the choice is per task, not per expert
        assertTrue(kept > 0 && kept < tasks.size(), "alternative kept for " + kept + " of " + tasks.size() + " tasks: " + h.shapes());
    }

    @Test
    void deterministicForASeed() {
        TrainingData d = CrossFitTest.data();
        ExpertHeads a = new Trainer(SMALL, FAST).trainExpert(d, "noise", rows(), 0);
        ExpertHeads b = new Trainer(SMALL, FAST).trainExpert(d, "noise", rows(), 0);
        assertEquals(a.shapes(), b.shapes());
        for (int t = 0; t < d.tasks().size(); t++) assertArrayEquals(a.losses().get(t), b.losses().get(t), 0.0);
        assertSameWeights(a.single().trainableParameters(), b.single().trainableParameters(), "noise");
    }

    /** The decisions are chosen on the kept heads' cross-fitted outputs after training; the log names those, once. */
    @Test
    void theLoggedClassDecisionsAreTheKeptOnes() {
        ExpertHeads h = new Trainer(SMALL, FAST.toBuilder().decision(ClassDecision.CHOSEN).build()).trainExpert(CrossFitTest.data(), "ages", rows(), 1);
        String policy = h.single().provenance().training().policy();
        assertTrue(policy.endsWith("; class decision: gender " + h.single().classDecision(1) + ", report_label " + h.single().classDecision(2)),
                policy);
        assertEquals(policy.indexOf("class decision"), policy.lastIndexOf("class decision"), policy);
        assertTrue(policy.contains("heads per task by cross-fitted loss"), policy);
    }

    @Test
    void withoutAnAlternativeOnlyTheOwnShapeIsTrained() {
        TrainingData d = CrossFitTest.data();
        ExpertHeads h = new Trainer(SMALL, FAST.toBuilder().alternativeHead(null).build()).trainExpert(d, "ages", rows(), 1);
        assertEquals(List.of(), h.shapes());
        assertEquals(List.of(), h.losses());
        for (int t = 0; t < d.tasks().size(); t++) assertEquals(OWN, h.single().headShape(0, t));
    }

    /**
     * Standardised squared error for a regression (scaler mean 50, sd 10: predictions 60 and 45 for labels 50 and 50
     * give (1 + 0.25) / 2), cross-entropy of the softmax for a class (logits (0, ln 3): label 1 costs ln 4 - ln 3,
     * label 0 costs ln 4); rows without a label are skipped, no label at all gives NaN.
     */
    @Test
    void lossMatchesHandComputedValues() {
        double[][][] values = {
                {{60}, {45}, {99}},
                {{0, Math.log(3)}, {0, Math.log(3)}, {5, 5}}};
        CrossFitted cf = new CrossFitted("e", new int[] {0, 1, 2}, values);
        double[] ages = {50, 50, Double.NaN};
        double[] sexes = {1, 0, Double.NaN};
        assertEquals(0.625, cf.loss(0, SyntheticData.AGE, ages, new TargetScaler(50, 10)), 1e-12);
        assertEquals((Math.log(4) - Math.log(3) + Math.log(4)) / 2, cf.loss(1, SyntheticData.SEX, sexes, TargetScaler.identity()), 1e-12);
        assertTrue(Double.isNaN(cf.loss(0, SyntheticData.AGE, new double[] {Double.NaN, Double.NaN, Double.NaN}, new TargetScaler(50, 10))));
    }

    @Test
    void pickTakesEachTasksOutputsFromTheChosenShape() {
        CrossFitted a = new CrossFitted("e", new int[] {3, 4}, new double[][][] {{{1}, {2}}, {{0, 1}, {1, 0}}});
        CrossFitted b = new CrossFitted("e", new int[] {3, 4}, new double[][][] {{{7}, {8}}, {{5, 6}, {6, 5}}});
        CrossFitted p = CrossFitted.pick(a, b, new boolean[] {true, false});
        assertSame(b.values()[0], p.values()[0]);
        assertSame(a.values()[1], p.values()[1]);
        CrossFitted other = new CrossFitted("e", new int[] {3, 5}, b.values());
        assertThrows(IllegalArgumentException.class, () -> CrossFitted.pick(a, other, new boolean[] {true, false}));
    }

    private static void assertSameWeights(List<Param> expected, List<Param> actual, String what) {
        assertEquals(expected.stream().map(Param::name).toList(), actual.stream().map(Param::name).toList(), what);
        for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i).value(), actual.get(i).value(), 0f, what);
    }
}
