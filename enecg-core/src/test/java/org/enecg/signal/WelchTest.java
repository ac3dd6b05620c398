package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WelchTest {

    private static final String DIR = "/org/enecg/signal/welch/";

    @ParameterizedTest(name = "{0} fs {1} nperseg {2}")
    @CsvSource({"random_5000, 500, 2000", "random_1001, 250, 256", "random_777, 100, 99", "random_300_short, 500, 2000",
            "random_301_short, 500, 2000", "ludb1_ii_mv, 500, 2000"})
    void matchesScipyWelch(String name, int fs, int nperseg) throws IOException {
        float[] x = Vectors.read(DIR + name + ".in.txt");
        float[] expected = Vectors.read(DIR + name + ".fs" + fs + "_n" + nperseg + ".psd.txt");
        PowerSpectrum p = Welch.psd(x, fs, nperseg);
        double[] d = p.density();
        assertEquals(expected.length, d.length, "bins");
        double max = 0;
        for (float e : expected) max = Math.max(max, e);
        for (int k = 0; k < d.length; k++) assertEquals(expected[k], d[k], 1e-6 * max, "bin " + k);
        int m = Math.min(nperseg, x.length);
        assertEquals(fs / (double) m, p.binWidth(), 1e-12);
    }

    @Test
    void toneBandPowerIsHalfTheSquaredAmplitude() {
        // A 10 Hz sine of amplitude 2 has power 2^2/2 = 2; the Hann window leaks it into the bins next to 10 Hz only.
        float[] x = Vectors.tone(10, 2, 500, 10_000);
        PowerSpectrum p = Welch.psd(x, 500, 1000);
        assertEquals(2.0, p.bandPower(8, 12), 0.01);
        assertEquals(2.0, p.bandPower(0, 250.1), 0.01);
        assertEquals(10.0, p.peakFrequency(0.5, 40), 1e-9);
        // The Hann window spreads a bin-centred tone over three bins with powers 1/6, 2/3, 1/6; 79 bins in [0.5, 40).
        double h = -(2 * (1 / 6.0) * Math.log(1 / 6.0) + (2 / 3.0) * Math.log(2 / 3.0));
        assertEquals(h / Math.log(79), p.normalisedEntropy(0.5, 40), 1e-3);
    }

    @Test
    void whiteNoiseIsFlatWithEntropyNearOneAndPowerEqualToItsVariance() {
        Random r = new Random(3);
        float[] x = new float[50_000];
        for (int i = 0; i < x.length; i++) x[i] = (float) (0.5 * r.nextGaussian());
        PowerSpectrum p = Welch.psd(x, 500, 500);
        assertEquals(0.25, p.bandPower(0, 251), 0.01);
        assertEquals(0.25 * 40 / 250.0, p.bandPower(10, 50), 0.005);
        assertTrue(p.normalisedEntropy(0.5, 100) > 0.98);
    }

    @Test
    void flatSignalHasNoPowerNoPeakAndZeroEntropy() {
        PowerSpectrum p = Welch.psd(new float[3000], 500, 1000);
        assertEquals(0, p.bandPower(0, 250), 0);
        assertTrue(Double.isNaN(p.peakFrequency(0.5, 40)));
        assertEquals(0, p.normalisedEntropy(0.5, 40), 0);
    }

    @Test
    void rejectsEmptySignalsAndBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(new float[0], 500, 100));
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(new float[10], 0, 100));
        assertThrows(IllegalArgumentException.class, () -> Welch.psd(new float[10], 500, 0));
    }
}
