package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Against python3/numpy/scipy references (src/test/resources/org/enecg/eval/metrics_reference.py, whose output is
 * pasted here; it checks its rank AUROC against a threshold-sweep trapezoid) and hand-derived cases.
 */
class MetricsTest {
    private static final double TOL = 1e-12;

    @Test
    void regressionMatchesNumpy() {
        Map<String, Double> m = RegressionMetrics.of(new double[] {1.0, 3.0, 4.0}, new double[] {1.5, 2.0, 7.0});
        assertEquals(1.5, m.get("mae"), TOL);
        assertEquals(3.4166666666666665, m.get("mse"), TOL);
    }

    @Test
    void binaryMatchesNumpy() {
        int[] y = {0, 1, 1, 0, 1, 0, 1, 1};
        double[][] p = {{.9, .1}, {.3, .7}, {.6, .4}, {.4, .6}, {.2, .8}, {.7, .3}, {.4, .6}, {.5, .5}};
        check(ClassificationMetrics.of(y, p), 0.625, 0.625, 0.6333333333333333, 0.6190476190476191, 0.8333333333333334);
    }

    @Test
    void threeClassesMatchNumpy() {
        int[] y = {0, 1, 2, 2, 1, 0, 2, 1, 1};
        double[][] p = {{.7, .2, .1}, {.1, .6, .3}, {.2, .2, .6}, {.5, .3, .2}, {.3, .3, .4}, {.4, .4, .2}, {.1, .1, .8}, {.2, .5, .3},
                {.6, .3, .1}};
        check(ClassificationMetrics.of(y, p), 0.6666666666666666, 0.7222222222222222, 0.7222222222222222, 0.6666666666666666,
                0.8375661375661375);
    }

    /** Class 3 never occurs and is left out of the macro means; class 0 is predicted but never true (recall 0). */
    @Test
    void absentClassesAreLeftOutOfMacroMeansAsInScikitLearn() {
        int[] y = {1, 1, 2, 2, 2, 1};
        double[][] p = {{.1, .6, .2, .1}, {.5, .3, .1, .1}, {.1, .2, .6, .1}, {.2, .3, .4, .1}, {.1, .5, .3, .1}, {.1, .7, .1, .1}};
        check(ClassificationMetrics.of(y, p), 0.6666666666666666, 0.5555555555555555, 0.4444444444444444, 0.48888888888888893,
                0.9166666666666667);
    }

    /** Hand-derived: scores 0.1 (neg), 0.4 (pos), 0.4 (neg), 0.8 (pos): pairs (pos > neg) = 1 + 1 + 0.5 + 1 of 4. */
    @Test
    void aurocCountsTiesAsOneHalf() {
        assertEquals(3.5 / 4, org.enecg.metrics.Auroc.of(new double[] {0.1, 0.4, 0.4, 0.8}, new boolean[] {false, true, false, true}), TOL);
        assertEquals(0.5, org.enecg.metrics.Auroc.of(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, true}), TOL);
        assertTrue(Double.isNaN(org.enecg.metrics.Auroc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})));
    }

    @Test
    void perfectAndInvertedRankings() {
        assertEquals(1.0, org.enecg.metrics.Auroc.of(new double[] {1, 2, 3, 4}, new boolean[] {false, false, true, true}), TOL);
        assertEquals(0.0, org.enecg.metrics.Auroc.of(new double[] {1, 2, 3, 4}, new boolean[] {true, true, false, false}), TOL);
    }

    private static void check(Map<String, Double> m, double acc, double p, double r, double f1, double auroc) {
        assertEquals(acc, m.get("accuracy"), TOL, "accuracy");
        assertEquals(p, m.get("precision"), TOL, "precision");
        assertEquals(r, m.get("recall"), TOL, "recall");
        assertEquals(f1, m.get("f1"), TOL, "f1");
        assertEquals(auroc, m.get("auroc"), TOL, "auroc");
    }
}
