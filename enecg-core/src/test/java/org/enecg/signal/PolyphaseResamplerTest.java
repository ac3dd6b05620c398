package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PolyphaseResampler against scipy.signal.resample_poly (make_poly_vectors.py) and on its frequency response. */
class PolyphaseResamplerTest {

    private static final String DIR = "/org/enecg/signal/resample/";

    @ParameterizedTest(name = "{0} x {1}/{2}")
    @CsvSource({"random_5000_to_2500,1,2", "random_5000_to_1000,1,5", "random_4999_to_512,512,4999", "random_1000_to_5000,5,1",
        "random_999_to_1000,1000,999", "random_7_to_12,12,7", "ludb1_ii,1,10", "ludb1_ii,36,50", "ludb1_ii,512,625"})
    void matchesScipyResamplePoly(String base, int up, int down) throws IOException {
        float[] x = Vectors.read(DIR + base + ".in.txt");
        float[] expected = Vectors.read(DIR + base + ".poly_" + up + "_" + down + ".out.txt");
        Vectors.assertClose(expected, PolyphaseResampler.resample(x, up, down), 1e-6, base + " " + up + "/" + down);
    }

    @Test
    void resamplingToALengthUsesTheReducedRatio() throws IOException {
        float[] x = Vectors.read(DIR + "ludb1_ii.in.txt");
        float[] expected = Vectors.read(DIR + "ludb1_ii.poly_512_625.out.txt");
        float[] y = PolyphaseResampler.resample(x, 4096);
        assertEquals(4096, y.length);
        Vectors.assertClose(expected, y, 1e-6, "5000 -> 4096");
        assertArrayEquals(x, PolyphaseResampler.resample(x, 5000), "same length is a copy");
    }

    /** |H(f)| of the designed filter, normalised to unit DC gain; f in cycles per (upsampled) sample. */
    private static double gain(double[] h, double f) {
        double re = 0, im = 0, dc = 0;
        for (int k = 0; k < h.length; k++) {
            re += h[k] * Math.cos(2 * Math.PI * f * k);
            im -= h[k] * Math.sin(2 * Math.PI * f * k);
            dc += h[k];
        }
        return Math.hypot(re, im) / dc;
    }

    @ParameterizedTest(name = "up {0} down {1}")
    @CsvSource({"1,2", "1,5", "1,10", "2,3", "36,50", "5,1", "512,625"})
    void filterIsFlatInThePassBandAndAttenuatesAboveTheNewNyquistFrequency(int up, int down) {
        double[] h = PolyphaseResampler.lowPass(up, down);
        double cutoff = 0.5 / Math.max(up, down); // the lower Nyquist frequency, in cycles per upsampled sample
        double worstPass = 0, worstStop = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 400; i++) {
            double f = 0.8 * cutoff * i / 400;
            worstPass = Math.max(worstPass, Math.abs(20 * Math.log10(gain(h, f))));
        }
        for (int i = 0; i <= 400; i++) {
            double f = 1.2 * cutoff + (0.5 - 1.2 * cutoff) * i / 400;
            worstStop = Math.max(worstStop, 20 * Math.log10(gain(h, f)));
        }
        assertTrue(worstPass < 0.02, "pass-band ripple " + worstPass + " dB");
        assertTrue(worstStop < -50, "stop-band gain " + worstStop + " dB");
    }

    @Test
    void aToneAboveTheNewNyquistFrequencyDoesNotAliasButFftResamplingLetsItThrough() {
        // 500 Hz -> 100 Hz (down 5): a 70 Hz tone would fold to 30 Hz. A 10 Hz tone must pass.
        double fs = 500;
        int n = 5000;
        float[] alias = Vectors.tone(70, 1.0, fs, n), pass = Vectors.tone(10, 1.0, fs, n);
        float[] ya = PolyphaseResampler.resample(alias, 1, 5), yp = PolyphaseResampler.resample(pass, 1, 5);
        double ra = Vectors.rms(ya, 100, 900), rp = Vectors.rms(yp, 100, 900);
        assertEquals(1 / Math.sqrt(2), rp, 0.005, "10 Hz tone amplitude");
        assertTrue(20 * Math.log10(ra / (1 / Math.sqrt(2))) < -50, "70 Hz tone after resampling: rms " + ra);
    }

    @Test
    void besselI0MatchesKnownValues() {
        // Abramowitz and Stegun table 9.8: I0(1) = 1.266065878, I0(5) = 27.23987182.
        assertEquals(1.266065878, PolyphaseResampler.besselI0(1), 1e-9);
        assertEquals(27.23987182, PolyphaseResampler.besselI0(5), 1e-7);
    }

    @Test
    void methodsParseAndDispatch() {
        assertEquals(ResampleMethod.POLYPHASE, ResampleMethod.parse("resample_poly"));
        assertEquals(ResampleMethod.FFT, ResampleMethod.parse("FFT"));
        assertThrows(IllegalArgumentException.class, () -> ResampleMethod.parse("linear"));
        float[] x = Vectors.tone(3, 1, 100, 300);
        assertArrayEquals(FftResampler.resample(x, 200), ResampleMethod.FFT.apply(x, 200));
        assertArrayEquals(PolyphaseResampler.resample(x, 200), ResampleMethod.POLYPHASE.apply(x, 200));
        assertThrows(IllegalArgumentException.class, () -> PolyphaseResampler.resample(new float[0], 3));
        assertThrows(IllegalArgumentException.class, () -> PolyphaseResampler.resample(x, 0, 3));
    }
}
