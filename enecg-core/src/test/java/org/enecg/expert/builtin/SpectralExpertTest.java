package org.enecg.expert.builtin;

import static org.enecg.expert.builtin.BuiltinFixtures.embed;
import static org.enecg.expert.builtin.BuiltinFixtures.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;

class SpectralExpertTest {

    private final SpectralExpert spectral = new SpectralExpert();

    private float v(float[] out, String key) { return value(spectral, out, "spectral." + key); }

    private static float[] tone(double hz, double amp, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / 500.0));
        return x;
    }

    @Test
    void aToneFallsInItsBandAtItsFrequency() {
        // 10 s at 500 Hz; 4-s segments: 0.25 Hz bins, tones on bins. A sine of amplitude A has power A^2/2.
        Record r = BuiltinFixtures.of("t", 500, List.of("I", "II", "V1"), List.of(tone(10, 1, 5000), tone(60, 0.5, 5000), tone(2, 2, 5000)));
        float[] out = embed(spectral, r);
        assertEquals(1, v(out, "i.band_5_15_hz"), 0.005);
        assertEquals(0, v(out, "i.band_15_40_hz"), 0.005);
        assertEquals(10, v(out, "i.dominant_hz"), 0);
        assertEquals(Math.log10(0.5), v(out, "i.log_power"), 0.01);
        assertEquals(Math.log10(0.5), v(out, "i.log_band_5_15_hz"), 0.01);
        assertEquals(1, v(out, "ii.band_40_100_hz"), 0.005);
        assertEquals(Math.log10(0.125), v(out, "ii.log_power"), 0.01);
        assertEquals(1, v(out, "v1.band_0p5_5_hz"), 0.005);
        assertEquals(2, v(out, "v1.dominant_hz"), 0);
        assertTrue(v(out, "i.entropy") < 0.25, "a tone: " + v(out, "i.entropy"));
    }

    @Test
    void whiteNoiseSpreadsOverTheBandsByTheirWidth() {
        Random rnd = new Random(4);
        float[] x = new float[5000];
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
        float[] out = embed(spectral, BuiltinFixtures.of("w", 500, List.of("V2"), List.of(x)));
        // Flat density: a band's share is its width over the 99.5 Hz of 0.5-100 Hz.
        assertEquals(10 / 99.5, v(out, "v2.band_5_15_hz"), 0.02);
        assertEquals(60 / 99.5, v(out, "v2.band_40_100_hz"), 0.04);
        assertEquals(5 / 99.5, v(out, "v2.band_4_9_hz"), 0.015);
        assertTrue(v(out, "v2.entropy") > 0.95);
        // Total power of unit white noise at 500 Hz in 0.5-100 Hz: 99.5 / 250.
        assertEquals(Math.log10(99.5 / 250), v(out, "v2.log_power"), 0.03);
    }

    @Test
    void anEcgHasMostPowerBelow40Hz() {
        float[] out = embed(spectral, BuiltinFixtures.ludb(1));
        for (String lead : List.of("i", "ii", "v5")) {
            assertEquals(1, v(out, lead + ".valid"));
            assertTrue(v(out, lead + ".band_0p5_5_hz") + v(out, lead + ".band_5_15_hz") > 0.7, lead);
            assertTrue(v(out, lead + ".band_40_100_hz") < 0.05, lead);
            assertTrue(v(out, lead + ".dominant_hz") > 0.5 && v(out, lead + ".dominant_hz") < 20, lead);
        }
    }

    @Test
    void flatAndMissingLeadsGetValidZeroAndFills() {
        Record r = BuiltinFixtures.of("f", 500, List.of("I", "II"), List.of(new float[5000], tone(10, 1, 5000)));
        float[] out = embed(spectral, r);
        int k = SpectralExpert.LEAD_OUT.size();
        for (int lead : new int[] {0, 2, 11}) { // I flat, III and V6 missing
            for (int j = 0; j < k; j++) assertEquals(SpectralExpert.LEAD_OUT.get(j).fill(), out[lead * k + j], 0, "lead " + lead + " output " + j);
        }
        assertEquals(1, v(out, "ii.valid"));
        assertEquals(-8, v(out, "i.log_power"), 0);
    }

    @Test
    void aRecordShorterThanOneSegmentIsOneShortSegment() {
        float[] out = embed(spectral, BuiltinFixtures.of("s", 500, List.of("I"), List.of(tone(10, 1, 500))));
        assertEquals(10, v(out, "i.dominant_hz"), 0); // 1-s segment: 1 Hz bins
        assertEquals(1, v(out, "i.band_5_15_hz"), 0.01);
    }

    @Test
    void deterministic() {
        Record r = BuiltinFixtures.ludb(3);
        assertArrayEquals(embed(spectral, r), embed(new SpectralExpert(), r));
    }
}
