package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DLinearTrainerTest {

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = DLinearTrainerTest.class.getResourceAsStream("/org/enecg/expert/builtin/dlinear/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return List.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\n"));
        }
    }

    private static double[] numbers(String line) {
        return Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"small_k21", "small_k3", "ludb1_ii_100hz"})
    void closedFormFitMatchesNumpyLeastSquares(String name) throws IOException {
        List<String> expected = lines(name + ".expected.txt");
        double[] head = numbers(expected.get(0));
        int seqLen = (int) head[0], kernel = (int) head[1];
        DLinearTrainer t = new DLinearTrainer(seqLen, kernel, head[2]);
        for (String s : lines(name + ".series.txt")) {
            double[] v = numbers(s);
            float[] x = new float[v.length];
            for (int i = 0; i < x.length; i++) x[i] = (float) v[i];
            t.add(x);
        }
        assertEquals((long) head[3], t.targets());
        DLinearModel m = t.fit();
        double[] theta = numbers(expected.get(1));
        double scale = Arrays.stream(theta).map(Math::abs).max().orElse(1);
        double[] ws = m.seasonalWeight(), wt = m.trendWeight();
        for (int i = 0; i < seqLen; i++) {
            assertEquals(theta[i], ws[i], 1e-6 * scale, "Ws[" + i + "]");
            assertEquals(theta[seqLen + i], wt[i], 1e-6 * scale, "Wt[" + i + "]");
        }
        assertEquals(theta[2 * seqLen], m.seasonalBias() + m.trendBias(), 1e-6 * scale, "intercept");
        assertEquals(0, m.trendBias(), 0, "the intercept goes to the seasonal map");
    }

    @Test
    void forecastByTheEffectiveFilterEqualsTheTwoMapsOfThePaper() {
        Random r = new Random(9);
        double[] ws = new double[40], wt = new double[40];
        for (int i = 0; i < 40; i++) { ws[i] = r.nextGaussian(); wt[i] = r.nextGaussian(); }
        float[] x = new float[100];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int kernel : new int[] {1, 5, 81, 101}) {
            DLinearModel m = new DLinearModel(40, kernel, ws, 0.3, wt, -0.1);
            for (int end : new int[] {40, 77, 100}) {
                double[] p = m.parts(x, end);
                assertEquals(p[0] + p[1], m.forecast(x, end), 1e-9, "kernel " + kernel + " end " + end);
            }
        }
    }

    @Test
    void aSineIsForecastAlmostExactly() {
        // x[t] = 2 cos(w) x[t-1] - x[t-2] holds exactly for a sine: a linear predictor needs no more.
        float[] x = new float[800];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(2 * Math.PI * 3.0 * i / 100);
        DLinearTrainer t = new DLinearTrainer(50, 101, 1e-8);
        t.add(x);
        DLinearModel m = t.fit();
        double se = 0;
        for (int end = 50; end < x.length; end++) se += Math.pow(m.forecast(x, end) - x[end], 2);
        assertTrue(Math.sqrt(se / 750) < 1e-3, "residual rms " + Math.sqrt(se / 750));
    }

    @Test
    void tooShortSeriesAddNothingAndAnEmptyFitIsAnError() {
        DLinearTrainer t = new DLinearTrainer(10, 21, 0.1);
        t.add(new float[10]);
        assertEquals(0, t.targets());
        assertEquals(0, t.series());
        IllegalStateException e = assertThrows(IllegalStateException.class, t::fit);
        assertTrue(e.getMessage().contains("10 samples or fewer"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DLinearTrainer(10, 20, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new DLinearTrainer(10, 21, 0));
    }

    @Test
    void choleskySolvesASmallSystemAndRejectsAnIndefiniteOne() {
        double[][] a = {{4, 0, 0}, {2, 5, 0}, {-2, 1, 6}};
        double[] x = Cholesky.solve(a, new double[] {4 * 1 + 2 * 2 - 2 * 3, 2 * 1 + 5 * 2 + 1 * 3, -2 * 1 + 1 * 2 + 6 * 3});
        assertEquals(1, x[0], 1e-12);
        assertEquals(2, x[1], 1e-12);
        assertEquals(3, x[2], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Cholesky.solve(new double[][] {{1, 0}, {2, 1}}, new double[] {1, 1}));
    }
}
