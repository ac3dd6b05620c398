package org.enecg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Class frequencies, the balanced decision and macro F1, against values derived by hand. */
class ClassPriorsTest {

    @Test
    void logPriorsCountLabelledRowsAndGiveUnseenClassesNoBoost() {
        double[] labels = {0, 0, Double.NaN, 1, 0, 2, 1, 9};
        int[] rows = {0, 1, 2, 3, 4, 5};          // row 6 and the bad label 9 are not among the rows
        double[] p = ClassPriors.logPriors(labels, rows, 4);
        // labelled rows 0, 1, 3, 4, 5: class 0 three times, 1 once, 2 once; class 3 unseen: as class 0
        assertArrayEquals(new double[] {Math.log(3 / 5.0), Math.log(1 / 5.0), Math.log(1 / 5.0), Math.log(3 / 5.0)}, p, 1e-12);
    }

    @Test
    void logPriorsRejectNonClassLabelsAndNoLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassPriors.logPriors(new double[] {0, 1.5}, new int[] {0, 1}, 2));
        assertTrue(e.getMessage().contains("label 1.5 is not one of 2 classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassPriors.logPriors(new double[] {Double.NaN}, new int[] {0}, 2));
    }

    @Test
    void macroF1MatchesHandComputedValues() {
        // class 0: tp 1, fp 1, fn 1 -> 0.5; class 1: tp 2, fp 1, fn 0 -> 0.8; class 2: tp 0 -> 0
        assertEquals((0.5 + 0.8 + 0) / 3, org.enecg.metrics.Classification.macroF1(new int[] {0, 0, 1, 1, 2}, new int[] {0, 1, 1, 1, 0}), 1e-12);
        // a class only predicted counts (scikit-learn: labels present in either): class 0 -> 2/3, class 1 -> 0
        assertEquals(1 / 3.0, org.enecg.metrics.Classification.macroF1(new int[] {0, 0}, new int[] {0, 1}), 1e-12);
        assertEquals(1.0, org.enecg.metrics.Classification.macroF1(new int[] {3, 1, 3}, new int[] {3, 1, 3}), 1e-12);
    }

    @Test
    void theBalancedDecisionSubtractsTheLogPrior() {
        double[][] logits = {{2, 1}, {0.5, 0.2}, {3, 0}};
        double[] prior = {Math.log(0.8), Math.log(0.2)};
        assertArrayEquals(new int[] {0, 0, 0}, ClassPriors.decide(logits, null));
        // 2 - ln 0.8 = 2.22 < 1 - ln 0.2 = 2.61; 0.72 < 1.81; 3.22 > 1.61
        assertArrayEquals(new int[] {1, 1, 0}, ClassPriors.decide(logits, prior));
    }

    @Test
    void balancedIsChosenOnlyWhenItScoresAStrictlyHigherMacroF1() {
        // the minority class 1 always has the lower logit, but a higher one where it is the truth
        double[][] logits = {{2, 0.5}, {2, 0.6}, {2, 0.4}, {2, 0.3}, {2, 1.5}, {2, 1.6}};
        int[] truth = {0, 0, 0, 0, 1, 1};
        double[] prior = {Math.log(4 / 6.0), Math.log(2 / 6.0)};
        // argmax: all class 0 -> F1 (0.8 + 0) / 2 = 0.4; balanced shift ln 2 = 0.69 lifts rows 4 and 5 only -> 1.0
        assertTrue(ClassPriors.balancedIsBetter(logits, truth, prior));
        double[][] separated = {{2, 0}, {0, 2}};
        assertFalse(ClassPriors.balancedIsBetter(separated, new int[] {0, 1}, new double[] {Math.log(0.5), Math.log(0.5)}), "a tie keeps argmax");
    }
}
