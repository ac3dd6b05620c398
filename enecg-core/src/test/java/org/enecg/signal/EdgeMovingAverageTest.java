package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeMovingAverageTest {

    @ParameterizedTest(name = "{0} samples, kernel {1}")
    @CsvSource({"500, 1001", "500, 25", "37, 5", "8, 21", "1, 3", "100, 1"})
    void matchesTheAuthorsDecompositionInNumpy(int n, int kernel) throws IOException {
        String base = "/org/enecg/signal/movingaverage/random_" + n + ".k" + kernel;
        float[] x = Vectors.read(base + ".in.txt");
        float[] expected = Vectors.read(base + ".out.txt");
        double[] y = EdgeMovingAverage.of(x, kernel);
        for (int t = 0; t < n; t++) assertEquals(expected[t], y[t], 1e-6, "t=" + t);
    }

    @Test
    void kernelTwiceTheLengthGivesTheRampBetweenEndWeightedMeans() {
        // 500 samples, kernel 1001: each output holds (500 - t) copies of x0, all of x, (t + 1) copies of x499.
        float[] x = new float[500];
        double sum = 0;
        for (int i = 0; i < x.length; i++) { x[i] = (float) Math.sin(i * 0.1) + i * 0.01f; sum += x[i]; }
        double[] y = EdgeMovingAverage.of(x, 1001);
        for (int t = 0; t < 500; t += 37) {
            assertEquals(((500 - t) * (double) x[0] + sum + (t + 1) * (double) x[499]) / 1001, y[t], 1e-9, "t=" + t);
        }
    }

    @Test
    void readsASubRangeAsIfItWereTheWholeSignal() {
        float[] x = {9, 1, 2, 3, 4, 9};
        double[] y = EdgeMovingAverage.of(x, 1, 4, 3);
        assertEquals((1 + 1 + 2) / 3.0, y[0], 1e-12);
        assertEquals((1 + 2 + 3) / 3.0, y[1], 1e-12);
        assertEquals((3 + 4 + 4) / 3.0, y[3], 1e-12);
    }

    @Test
    void rejectsEvenKernelsAndBadRanges() {
        assertThrows(IllegalArgumentException.class, () -> EdgeMovingAverage.of(new float[5], 4));
        assertThrows(IllegalArgumentException.class, () -> EdgeMovingAverage.of(new float[5], 3, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> EdgeMovingAverage.of(new float[0], 3));
    }
}
