package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BeatAmplitudesTest {

    /**
     * A hand-built beat at 500 Hz on a 0.1 mV level: P triangle 40-80 peaking +0.15 at 60; QRS 100-140 through -0.2
     * (110), 1.1 (120), -0.4 (130); ST at 0.15 until 200; T triangle 200-300 peaking at 0.5 (250).
     */
    static float[] beat() {
        float[] x = new float[400];
        java.util.Arrays.fill(x, 0.1f);
        ramp(x, 40, 0.1, 60, 0.25);
        ramp(x, 60, 0.25, 80, 0.1);
        ramp(x, 100, 0.1, 110, -0.2);
        ramp(x, 110, -0.2, 120, 1.1);
        ramp(x, 120, 1.1, 130, -0.4);
        ramp(x, 130, -0.4, 140, 0.1);
        for (int i = 141; i < 200; i++) x[i] = 0.15f;
        ramp(x, 200, 0.15, 250, 0.5);
        ramp(x, 250, 0.5, 300, 0.1);
        return x;
    }

    private static void ramp(float[] x, int a, double va, int b, double vb) {
        for (int i = a; i <= b; i++) x[i] = (float) (va + (vb - va) * (i - a) / (b - a));
    }

    @Test
    void amplitudesOfAHandBuiltBeat() {
        BeatAmplitudes a = BeatAmplitudes.of(beat(), 500, new WaveBoundaries(40, 100, 120, 140, 300));
        assertEquals(0.15, a.pMv(), 1e-6);
        assertEquals(-0.3, a.qMv(), 1e-6);
        assertEquals(1.0, a.rMv(), 1e-6);
        assertEquals(-0.5, a.sMv(), 1e-6);
        assertEquals(0.05, a.stMv(), 1e-6); // J (140) + 60 ms = sample 170
        assertEquals(0.4, a.tMv(), 1e-6);
    }

    @Test
    void missingPOnsetAndTEndUseTheFallbackWindows() {
        BeatAmplitudes a = BeatAmplitudes.of(beat(), 500, new WaveBoundaries(-1, 100, 120, 140, -1));
        assertEquals(0.15, a.pMv(), 1e-6);
        assertEquals(0.4, a.tMv(), 1e-6);
    }

    @Test
    void missingQrsBoundariesGiveNaN() {
        BeatAmplitudes a = BeatAmplitudes.of(beat(), 500, new WaveBoundaries(40, -1, 120, 140, 300));
        assertTrue(Double.isNaN(a.rMv()) && Double.isNaN(a.tMv()));
        assertTrue(Double.isNaN(BeatAmplitudes.of(beat(), 500, new WaveBoundaries(40, 100, 120, -1, 300)).qMv()));
    }

    @Test
    void anInvertedComplexHasNoRAndADeepS() {
        float[] x = beat();
        for (int i = 0; i < x.length; i++) x[i] = 0.2f - x[i]; // mirrored about 0.1
        BeatAmplitudes a = BeatAmplitudes.of(x, 500, new WaveBoundaries(40, 100, 120, 140, 300));
        assertEquals(0.5, a.rMv(), 1e-6); // the mirrored S (+0.5) is the largest upward deflection
        assertEquals(-1.0, Math.min(a.qMv(), a.sMv()), 1e-6);
        assertEquals(-0.4, a.tMv(), 1e-6);
    }
}
