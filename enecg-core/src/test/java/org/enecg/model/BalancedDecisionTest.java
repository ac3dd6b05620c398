package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.enecg.cache.EmbeddingTable;
import org.enecg.nn.Param;
import org.enecg.testing.GradCheck;
import org.junit.jupiter.api.Test;

/**
 * A model's BALANCED decision: the reported probabilities are softmax(logits - log prior), so the decided class can
 * differ from the argmax one; checked against the same formula in double precision from the argmax probabilities
 * (log p = logits - logsumexp, and the constant cancels in the softmax).
 */
class BalancedDecisionTest {

    @Test
    void balancedProbabilitiesDivideByTheClassFrequenciesAndCanChangeTheClass() {
        SplittableRandom rng = new SplittableRandom(5);
        EmbeddingTable table = ModelGradientTest.tinyTable(6, rng);
        ModelConfig config = ModelConfig.projectDefaults().toBuilder().widths(5, 4).lora(2, 4, 0.1).gateSource(GateSource.NONE).build();
        EnEcgModel m = ModelGradientTest.tinyModel(config, table, 11);
        for (Param p : m.trainableParameters()) System.arraycopy(GradCheck.randomArray(p.size(), 0.6, rng), 0, p.value(), 0, p.size());
        int t = 1; // the three-class task
        List<Prediction> argmax = m.predict(table);
        assertEquals(ClassDecision.ARGMAX, m.classDecision(t));
        assertNull(m.classLogPrior(t));
        // training frequencies 0.7, 0.2, 0.1: the frequent class 0 is penalised, the rare class 2 lifted
        double[] prior = {Math.log(0.7), Math.log(0.2), Math.log(0.1)};
        m = m.withClassDecision(t, prior);
        assertEquals(ClassDecision.BALANCED, m.classDecision(t));
        List<Prediction> balanced = m.predict(table);
        int changed = 0;
        for (int i = 0; i < table.size(); i++) {
            double[] p = argmax.get(i).task("rhythm").probabilities();
            double[] expected = new double[3];
            double sum = 0;
            for (int k = 0; k < 3; k++) sum += expected[k] = p[k] / Math.exp(prior[k]);
            for (int k = 0; k < 3; k++) expected[k] /= sum;
            TaskOutput got = balanced.get(i).task("rhythm");
            assertArrayEquals(expected, got.probabilities(), 1e-5, "record " + i);
            int best = 0;
            for (int k = 1; k < 3; k++) if (expected[k] > expected[best]) best = k;
            assertEquals(best, (int) got.value(), "record " + i + ": the class is the argmax of the balanced probabilities");
            if (got.value() != argmax.get(i).task("rhythm").value()) changed++;
            assertEquals(argmax.get(i).task("age").value(), balanced.get(i).task("age").value(), 0.0, "other tasks untouched");
            assertArrayEquals(argmax.get(i).task("sex").probabilities(), balanced.get(i).task("sex").probabilities(), 0.0);
        }
        assertTrue(changed > 0, "dividing by these frequencies changes some record's class");
        EnEcgModel back = m.withClassDecision(t, null);
        for (int i = 0; i < table.size(); i++) {
            assertArrayEquals(argmax.get(i).task("rhythm").probabilities(), back.predict(table).get(i).task("rhythm").probabilities(), 0.0);
        }
    }

    /** A prior chosen by hand so that it must move record 0 off its argmax class. */
    @Test
    void aLargeEnoughPriorOnTheArgmaxClassMovesTheDecision() {
        SplittableRandom rng = new SplittableRandom(8);
        EmbeddingTable table = ModelGradientTest.tinyTable(6, rng);
        EnEcgModel m = ModelGradientTest.tinyModel(ModelConfig.projectDefaults().toBuilder().widths(5, 4).lora(2, 4, 0.1).build(), table, 3);
        for (Param p : m.trainableParameters()) System.arraycopy(GradCheck.randomArray(p.size(), 0.6, rng), 0, p.value(), 0, p.size());
        double[] p = m.predict(table).get(0).task("rhythm").probabilities();
        int top = 0;
        for (int k = 1; k < 3; k++) if (p[k] > p[top]) top = k;
        int second = top == 0 ? 1 : 0;
        for (int k = 0; k < 3; k++) if (k != top && p[k] > p[second]) second = k;
        double[] prior = new double[3];
        // divide the top class by e^(log p_top - log p_second + 1): the second class now leads by a factor e
        prior[top] = Math.log(p[top]) - Math.log(p[second]) + 1;
        TaskOutput o = m.withClassDecision(1, prior).predict(table).get(0).task("rhythm");
        assertEquals(second, (int) o.value());
        assertNotEquals(top, (int) o.value());
        assertEquals(Math.E, o.probabilities()[second] / o.probabilities()[top], 1e-4);
    }

    @Test
    void refusesPriorsThatDoNotFitTheTask() {
        EmbeddingTable table = ModelGradientTest.tinyTable(2, new SplittableRandom(1));
        EnEcgModel m = ModelGradientTest.tinyModel(ModelConfig.projectDefaults().toBuilder().widths(5, 4).build(), table, 3);
        assertEquals("task age is not a classification task",
                assertThrows(IllegalArgumentException.class, () -> m.withClassDecision(0, new double[] {0})).getMessage());
        assertEquals("task rhythm has 3 classes, the prior 2",
                assertThrows(IllegalArgumentException.class, () -> m.withClassDecision(1, new double[] {0, 0})).getMessage());
        assertEquals("task rhythm: non-finite log prior -Infinity", assertThrows(IllegalArgumentException.class,
                () -> m.withClassDecision(1, new double[] {0, Double.NEGATIVE_INFINITY, 0})).getMessage());
    }
}
