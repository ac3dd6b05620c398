package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZScoreTest {

    @Test
    void globalUsesOneMeanAndStdOverAllLeads() {
        // Values 1..4 over two leads: mean 2.5, population std sqrt(1.25) (derived by hand).
        float[][] leads = {{1, 2}, {3, 4}};
        ZScore.globalInPlace(leads);
        double s = Math.sqrt(1.25);
        assertArrayEquals(new float[] {(float) (-1.5 / s), (float) (-0.5 / s)}, leads[0], 1e-6f);
        assertArrayEquals(new float[] {(float) (0.5 / s), (float) (1.5 / s)}, leads[1], 1e-6f);
    }

    @Test
    void perLeadNormalisesEachLeadAlone() {
        float[][] leads = {{1, 3}, {10, 30}};
        ZScore.perLeadInPlace(leads);
        assertArrayEquals(new float[] {-1, 1}, leads[0], 1e-6f);
        assertArrayEquals(new float[] {-1, 1}, leads[1], 1e-6f);
    }

    @Test
    void flatLeadIsCentredNotDividedByZero() {
        float[] flat = {5, 5, 5};
        ZScore.perLeadInPlace(flat);
        assertArrayEquals(new float[] {0, 0, 0}, flat);
    }

    @Test
    void sanitizerZeroesNanAndInfinityAndCountsThem() {
        float[] x = {1, Float.NaN, Float.POSITIVE_INFINITY, -2, Float.NEGATIVE_INFINITY};
        assertEquals(3, Sanitizer.zeroNonFiniteInPlace(x));
        assertArrayEquals(new float[] {1, 0, 0, -2, 0}, x);
    }
}
