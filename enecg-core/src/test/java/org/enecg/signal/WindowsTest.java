package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void selectionAgreesWithSorting(long seed) {
        Random rng = new Random(seed);
        int n = 1 + rng.nextInt(3000);
        double[] x = new double[n];
        // Few distinct values in half the cases, to exercise ties.
        for (int i = 0; i < n; i++) x[i] = seed % 2 == 0 ? rng.nextGaussian() : rng.nextInt(5);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {0, 0.1, 0.5, 0.98, 1}) {
            int k = (int) Math.round(q * (n - 1));
            assertEquals(sorted[k], Windows.quantile(x, q), 0, "q " + q + " of " + n);
        }
    }

    @Test
    void movingAverageShrinksItsWindowAtTheEnds() {
        assertArrayEquals(new double[] {1.5, 2, 3, 3.5}, Windows.movingAverage(new double[] {1, 2, 3, 4}, 3), 1e-12);
    }

    @Test
    void peaksKeepTheHigherOfTwoCloseMaxima() {
        double[] x = {0, 1, 0, 3, 0, 0, 0, 2, 0, 2, 2, 0};
        assertArrayEquals(new int[] {1, 3, 7, 9}, Windows.peaks(x, 1));
        assertArrayEquals(new int[] {3, 7}, Windows.peaks(x, 3)); // 1 loses to 3; 9 (plateau start) loses to 7 at equal height by order
        assertEquals(5, Windows.oddSamples(0.01, 400)); // 4 samples rounded up to odd
    }
}
