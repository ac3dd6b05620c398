package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Zero-phase filters and the moving median against scipy (vectors and snippet in test resources
 * signal/filter), and on synthetic tones at every sampling rate we support.
 */
class FiltersTest {

    private static final String DIR = "/org/enecg/signal/filter/";

    private static BiFunction<float[], Double, float[]> filter(String kind) {
        switch (kind) {
            case "baseline": return (x, fs) -> BaselineFilter.defaults().apply(x, fs);
            case "highpass3": return (x, fs) -> new BaselineFilter(0.67, 3).apply(x, fs);
            case "bandpass": return (x, fs) -> BandPassFilter.defaults().apply(x, fs);
            case "bandpass3": return (x, fs) -> new BandPassFilter(5, 15, 3).apply(x, fs);
            case "lowpass5": return (x, fs) -> Butterworth.lowPass(5, 25, fs).filtfilt(x);
            case "notch50": return (x, fs) -> NotchFilter.mains(50).apply(x, fs);
            case "notch60": return (x, fs) -> NotchFilter.mains(60).apply(x, fs);
            case "median": return (x, fs) -> MovingMedianBaseline.defaults().apply(x, fs);
            default: throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ludb1_ii_mv,500,baseline", "ludb1_ii_mv,500,highpass3", "ludb1_ii_mv,500,bandpass", "ludb1_ii_mv,500,bandpass3",
        "ludb1_ii_mv,500,lowpass5", "ludb1_ii_mv,500,notch50", "ludb1_ii_mv,500,notch60",
        "synthetic_100,100,baseline", "synthetic_100,100,highpass3", "synthetic_100,100,bandpass", "synthetic_100,100,bandpass3",
        "synthetic_100,100,lowpass5",
        "synthetic_250,250,baseline", "synthetic_250,250,bandpass", "synthetic_250,250,bandpass3", "synthetic_250,250,notch50",
        "synthetic_250,250,notch60", "synthetic_250,250,highpass3", "synthetic_250,250,lowpass5",
        "synthetic_360,360,baseline", "synthetic_360,360,bandpass", "synthetic_360,360,notch60", "synthetic_360,360,lowpass5",
        "synthetic_500,500,baseline", "synthetic_500,500,bandpass", "synthetic_500,500,notch50", "synthetic_500,500,bandpass3",
        "synthetic_1000,1000,baseline", "synthetic_1000,1000,highpass3", "synthetic_1000,1000,bandpass",
        "synthetic_1000,1000,bandpass3", "synthetic_1000,1000,lowpass5", "synthetic_1000,1000,notch50", "synthetic_1000,1000,notch60"})
    void zeroPhaseFiltersMatchScipy(String tag, double fs, String kind) throws IOException {
        float[] x = Vectors.read(DIR + tag + ".in.txt");
        float[] expected = Vectors.read(DIR + tag + "." + kind + ".out.txt");
        Vectors.assertClose(expected, filter(kind).apply(x, fs), 1e-6, tag + " " + kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ludb1_ii_mv,500", "synthetic_100,100", "synthetic_250,250", "synthetic_360,360", "synthetic_500,500",
        "synthetic_1000,1000"})
    void movingMedianMatchesScipyExactly(String spec) throws IOException {
        String[] p = spec.split(",");
        float[] x = Vectors.read(DIR + p[0] + ".in.txt");
        float[] expected = Vectors.read(DIR + p[0] + ".median.out.txt");
        assertArrayEquals(expected, filter("median").apply(x, Double.parseDouble(p[1])), p[0]);
    }

    @ParameterizedTest(name = "fs {0}")
    @ValueSource(doubles = {100, 128, 250, 257, 360, 500, 1000})
    void baselineFilterRemovesDriftAndKeepsQrsBand(double fs) {
        int n = (int) (20 * fs);
        float[] drift = Vectors.tone(0.1, 1.0, fs, n);
        float[] qrsBand = Vectors.tone(10, 1.0, fs, n);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = drift[i] + qrsBand[i];
        float[] y = BaselineFilter.defaults().apply(x, fs);
        float[] residual = new float[n];
        for (int i = 0; i < n; i++) residual[i] = y[i] - qrsBand[i];
        int a = (int) (2 * fs), b = n - (int) (2 * fs);
        // 0.1 Hz through two passes of a 2nd-order 0.5 Hz high-pass: |H|^2 = 1/(1+(0.5/0.1)^4)^1 ~ 1.6e-3.
        assertTrue(Vectors.rms(residual, a, b) < 0.01, "residual rms " + Vectors.rms(residual, a, b));
    }

    @ParameterizedTest(name = "fs {0}")
    @ValueSource(doubles = {250, 360, 500, 1000})
    void notchRemovesMainsAndKeepsNeighbours(double fs) {
        int n = (int) (10 * fs);
        for (double mains : new double[] {50, 60}) {
            float[] hum = NotchFilter.mains(mains).apply(Vectors.tone(mains, 1.0, fs, n), fs);
            float[] near = NotchFilter.mains(mains).apply(Vectors.tone(mains - 5, 1.0, fs, n), fs);
            int a = (int) fs, b = n - (int) fs;
            assertTrue(Vectors.rms(hum, a, b) < 0.01 / Math.sqrt(2), mains + " Hz left at rms " + Vectors.rms(hum, a, b));
            // 5 Hz away from a Q=30 notch: gain ~0.99 per pass.
            assertEquals(1 / Math.sqrt(2), Vectors.rms(near, a, b), 0.03, (mains - 5) + " Hz neighbour");
        }
    }

    @Test
    void bandPassGainIsHalfPowerAtItsEdgesAndOneInside() {
        SosFilter f = BandPassFilter.defaults().design(500);
        assertEquals(1 / Math.sqrt(2), f.gain(0.5, 500), 1e-9);
        assertEquals(1 / Math.sqrt(2), f.gain(40, 500), 1e-9);
        assertEquals(1.0, f.gain(8, 500), 1e-3);
        assertTrue(f.gain(100, 500) < 0.2); // second-order roll-off: about 1/sqrt(1+(100/40)^4) = 0.16
        SosFilter hp = Butterworth.highPass(3, 0.5, 1000);
        assertEquals(1 / Math.sqrt(2), hp.gain(0.5, 1000), 1e-9);
        assertEquals(1.0, hp.gain(100, 1000), 1e-6);
    }

    @Test
    void oddOrderUsesOneFirstOrderSectionAndScipysPadLength() {
        assertEquals(2, Butterworth.lowPass(3, 25, 500).sections());
        assertEquals(3 * 4, Butterworth.lowPass(3, 25, 500).padLength()); // 2*2+1 taps, minus the zero b2/a2 pair
        assertEquals(3 * 5, Butterworth.lowPass(4, 25, 500).padLength());
        assertEquals(9, NotchFilter.mains(50).design(500).padLength());
    }

    @Test
    void rejectsCutoffsAboveNyquistAndTooShortSignals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NotchFilter.mains(60).apply(new float[1000], 100));
        assertTrue(e.getMessage().contains("Nyquist"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BandPassFilter.defaults().apply(new float[1000], 60));
        assertThrows(IllegalArgumentException.class, () -> BaselineFilter.defaults().apply(new float[9], 500));
        assertThrows(IllegalArgumentException.class, () -> new BandPassFilter(40, 0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> new BaselineFilter(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> MovingMedianBaseline.medianFilter(new float[10], 4));
        assertThrows(IllegalArgumentException.class, () -> MovingMedianBaseline.medianFilter(new float[] {1, Float.NaN, 2}, 3));
    }

    @Test
    void medianFilterReflectsAtTheEdgesAndHandlesWindowsLongerThanTheSignal() {
        // Derived by hand: reflect mode pads {3,1,2} as 1,3 | 3,1,2 | 2,1 for size 5.
        // i=0 window {1,3,3,1,2} -> sorted 1,1,2,3,3 -> 2; i=1 {3,3,1,2,2} -> 2; i=2 {3,1,2,2,1} -> 2.
        assertArrayEquals(new float[] {2, 2, 2}, MovingMedianBaseline.medianFilter(new float[] {3, 1, 2}, 5));
        // size 3 on {5, 1, 4, 2}: windows {5,5,1} {5,1,4} {1,4,2} {4,2,2} -> 5, 4, 2, 2
        assertArrayEquals(new float[] {5, 4, 2, 2}, MovingMedianBaseline.medianFilter(new float[] {5, 1, 4, 2}, 3));
        // Windows longer than the signal keep reflecting (period 2n), as scipy.ndimage.median_filter:
        // python3 -c "from scipy.ndimage import median_filter; print(median_filter([1.,2.], size=9, mode='reflect'))"
        assertArrayEquals(new float[] {1, 2}, MovingMedianBaseline.medianFilter(new float[] {1, 2}, 9));
        assertArrayEquals(new float[] {3, 4, 3, 4, 3, 4}, MovingMedianBaseline.medianFilter(new float[] {5, 1, 4, 2, 7, 3}, 13));
        assertEquals(1001, MovingMedianBaseline.defaults().windowSamples(500));
        assertEquals(721, MovingMedianBaseline.defaults().windowSamples(360));
    }
}
