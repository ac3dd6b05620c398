package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our FFTs against a direct O(n^2) DFT on seeded random inputs. */
class RealFftTest {

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 12, 14, 16, 20, 25, 49, 60, 64, 98, 105, 128, 250, 343, 625, 1000, 1250, 2500})
    void complexFftMatchesTheDirectDft(int n) {
        Random rng = new Random(n);
        double[] re = new double[n], im = new double[n];
        for (int i = 0; i < n; i++) { re[i] = rng.nextGaussian(); im[i] = rng.nextGaussian(); }
        double[] er = new double[n], ei = new double[n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * ((long) j * k % n) / n;
                er[k] += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                ei[k] += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
        }
        new ComplexFft(n).forward(re, im, new double[n], new double[n]);
        for (int k = 0; k < n; k++) {
            assertEquals(er[k], re[k], 1e-9 * n, "re " + k);
            assertEquals(ei[k], im[k], 1e-9 * n, "im " + k);
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 4, 7, 9, 10, 22, 26, 100, 500, 998, 999, 1000, 5000})
    void realFftForwardMatchesTheDirectDftAndInverseRestoresTheSignal(int n) {
        Random rng = new Random(7L * n);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) rng.nextGaussian();
        int h = n / 2 + 1;
        double[] re = new double[h], im = new double[h];
        RealFft f = new RealFft(n);
        f.forward(x, re, im);
        for (int k = 0; k < h; k++) {
            double sr = 0, si = 0;
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * ((long) j * k % n) / n;
                sr += x[j] * Math.cos(a);
                si += x[j] * Math.sin(a);
            }
            assertEquals(sr, re[k], 1e-9 * n, "re " + k);
            assertEquals(si, im[k], 1e-9 * n, "im " + k);
        }
        // irfft ignores the imaginary parts of DC and Nyquist: garbage there must not change the result.
        im[0] = 123;
        if (n % 2 == 0) im[n / 2] = -45;
        double[] back = new double[n];
        f.inverse(re, im, back);
        for (int i = 0; i < n; i++) assertEquals(x[i], back[i], 1e-9, "sample " + i);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {11, 22, 4999, 2 * 4999})
    void lengthsWithLargePrimeFactorsAreNotForOurFft(int n) {
        assertFalse(ComplexFft.supports(n));
        assertTrue(ComplexFft.supports(2 * 2 * 3 * 5 * 7 * 7));
    }
}
