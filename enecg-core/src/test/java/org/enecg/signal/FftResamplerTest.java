package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** FftResampler against scipy.signal.resample (vectors and snippet in test resources signal/resample). */
class FftResamplerTest {

    static float[] read(String name) throws IOException {
        try (InputStream in = FftResamplerTest.class.getResourceAsStream("/org/enecg/signal/resample/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            float[] v = new float[lines.length];
            for (int i = 0; i < v.length; i++) v[i] = (float) Double.parseDouble(lines[i]);
            return v;
        }
    }

    static void assertMatches(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float e : expected) { lo = Math.min(lo, e); hi = Math.max(hi, e); }
        double tol = 1e-5 * (hi - lo);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol, what + ": sample " + i);
        }
    }

    @ParameterizedTest(name = "random {0} -> {1}")
    @CsvSource({"5000,2500", "5000,1000", "4999,512", "1000,5000", "7,12", "12,7", "5000,2501", "999,1000", "8,8"})
    void matchesScipyOnRandomSignalsOfOddAndEvenLengths(int n, int num) throws IOException {
        String base = "random_" + n + "_to_" + num;
        float[] x = read(base + ".in.txt");
        assertEquals(n, x.length);
        assertMatches(read(base + ".out.txt"), FftResampler.resample(x, num), base);
    }

    @ParameterizedTest(name = "LUDB 1 lead II 5000 -> {0}")
    @CsvSource({"2500", "1000", "512", "7200"})
    void matchesScipyOnARealLead(int num) throws IOException {
        float[] x = read("ludb1_ii.in.txt");
        assertMatches(read("ludb1_ii_5000_to_" + num + ".out.txt"), FftResampler.resample(x, num), "ludb1 " + num);
    }

    @Test
    void tinyLengthsMatchScipy() {
        // python3 -c "from scipy.signal import resample; print(resample([3.],4), resample([1.,2,4],1), resample([1.,2],3), resample([1.,2,4],2))"
        assertMatches(new float[] {3, 3, 3, 3}, FftResampler.resample(new float[] {3}, 4), "1 -> 4");
        assertEquals(7 / 3f, FftResampler.resample(new float[] {1, 2, 4}, 1)[0], 1e-6f);
        assertEquals(1.75f, FftResampler.resample(new float[] {1, 2}, 3)[2], 1e-6f);
        assertEquals(11 / 3f, FftResampler.resample(new float[] {1, 2, 4}, 2)[1], 1e-6f);
    }

    @Test
    void repeatedCallsWithManyLengthsGiveTheSameResult() throws IOException {
        // Plans are cached per thread for the last few lengths; cycling through more lengths than are kept must not matter.
        float[] x = read("ludb1_ii.in.txt");
        float[] first = FftResampler.resample(x, 2500);
        for (int num = 100; num < 120; num++) FftResampler.resample(x, num);
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, FftResampler.resample(x, 2500));
    }

    @Test
    void rejectsEmptyInputAndNonPositiveLength() {
        assertThrows(IllegalArgumentException.class, () -> FftResampler.resample(new float[0], 10));
        assertThrows(IllegalArgumentException.class, () -> FftResampler.resample(new float[10], 0));
    }
}
