package org.enecg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.enecg.testing.SyntheticData;
import org.junit.jupiter.api.Test;

class ConstantPredictorTest {

    @Test
    void regressionPredictsTheTrainingMeanIgnoringMissingLabels() {
        double[] y = {10, Double.NaN, 20, 90};
        assertArrayEquals(new double[] {15}, ConstantPredictor.fit(SyntheticData.AGE, y, new int[] {0, 1, 2}).output());
    }

    @Test
    void classificationPredictsTheMajorityWithClassFrequencies() {
        double[] y = {2, 2, 0, 1, 2, Double.NaN};
        double[] p = ConstantPredictor.fit(SyntheticData.rhythm(3), y, new int[] {0, 1, 2, 3, 4, 5}).output();
        assertArrayEquals(new double[] {0.2, 0.2, 0.6}, p, 1e-12);
        assertEquals(2, org.enecg.metrics.Classification.argmax(p));
    }

    @Test
    void tiesGoToTheLowestClass() {
        double[] p = ConstantPredictor.fit(SyntheticData.SEX, new double[] {1, 0}, new int[] {0, 1}).output();
        assertEquals(0, org.enecg.metrics.Classification.argmax(p));
    }
}
