package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MovingMedian against scipy.ndimage.median_filter(mode='reflect') (vectors and snippet in signal/median). */
class MovingMedianTest {

    static float[] read(String name) throws IOException {
        try (InputStream in = MovingMedianTest.class.getResourceAsStream("/org/enecg/signal/median/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            String[] parts = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            float[] v = new float[parts.length];
            for (int i = 0; i < v.length; i++) v[i] = Float.parseFloat(parts[i]);
            return v;
        }
    }

    @ParameterizedTest(name = "{0} window {1}")
    @CsvSource({"random_1000,1", "random_1000,3", "random_1000,201", "random_5,13", "ties_300,31"})
    void matchesScipyExactly(String base, int window) throws IOException {
        float[] x = read(base + ".in.txt");
        // Exact (delta 0), but -0 and +0 count as equal: with ties scipy may pick the other zero.
        assertArrayEquals(read(base + "_w" + window + ".out.txt"), MovingMedian.median(x, window), 0f);
    }

    @Test
    void removesTheBaselineAsExchangeAiDoesOnARealLead() throws IOException {
        float[] x = read("ludb1_ii_100hz.in.txt");
        assertArrayEquals(read("ludb1_ii_100hz_w201_baseline_removed.out.txt"), MovingMedian.removeBaseline(x, 201), 0f);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void equalsABruteForceMedianOnSeededSignals(long seed) {
        Random rnd = new Random(seed);
        float[] x = new float[1 + rnd.nextInt(400)];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextInt(5) == 0 ? 0f : (float) rnd.nextGaussian();
        int w = 2 * rnd.nextInt(60) + 1;
        float[] got = MovingMedian.median(x, w);
        for (int i = 0; i < x.length; i++) {
            float[] win = new float[w];
            for (int j = 0; j < w; j++) win[j] = x[MovingMedian.reflect(i - w / 2 + j, x.length)];
            Arrays.sort(win);
            assertEquals(win[w / 2], got[i], "sample " + i + " window " + w);
        }
    }

    @Test
    void keepsAConstantSignalAndRemovesAConstantBaseline() {
        float[] x = new float[50];
        Arrays.fill(x, 2.5f);
        assertArrayEquals(x, MovingMedian.median(x, 11));
        assertArrayEquals(new float[50], MovingMedian.removeBaseline(x, 11));
    }

    @Test
    void reflectsWithTheEdgeSampleRepeated() {
        assertEquals(0, MovingMedian.reflect(-1, 4));
        assertEquals(1, MovingMedian.reflect(-2, 4));
        assertEquals(3, MovingMedian.reflect(4, 4));
        assertEquals(2, MovingMedian.reflect(5, 4));
        assertEquals(0, MovingMedian.reflect(8, 4));
    }

    @Test
    void refusesAnEvenOrEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> MovingMedian.median(new float[3], 4));
        assertThrows(IllegalArgumentException.class, () -> MovingMedian.median(new float[3], 0));
    }
}
