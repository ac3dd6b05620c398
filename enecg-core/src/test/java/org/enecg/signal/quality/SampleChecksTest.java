package org.enecg.signal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sample-level checks by hand, and Orphanidou et al.'s rhythm quantities. */
class SampleChecksTest {

    @Test
    void invalidAndFlatShares() {
        assertEquals(0.5, SampleChecks.invalidFraction(new float[] {1, Float.NaN, Float.POSITIVE_INFINITY, 2}), 1e-12);
        assertEquals(1.0, SampleChecks.invalidFraction(new float[0]), 1e-12);
        assertEquals(1.0, SampleChecks.flatFraction(new float[] {3, 3, 3, 3}), 1e-12);
        assertEquals(1 / 3.0, SampleChecks.flatFraction(new float[] {1, 1, 2, 3}), 1e-12);
        assertEquals(1.0, SampleChecks.flatFraction(new float[] {Float.NaN, 1}), 1e-12, "no finite pair: nothing recorded");
    }

    @Test
    void clippingCountsPlateausAtTheExtremesOnly() {
        // a plateau of 3 at the maximum (clipped), a single touch of the minimum, a plateau of 3 in the middle
        float[] x = {0, 5, 5, 5, 0, -2, 0, 1, 1, 1, 0};
        assertEquals(3 / 11.0, SampleChecks.clippedFraction(x), 1e-12);
        assertEquals(0.0, SampleChecks.clippedFraction(new float[] {1, 1, 1, 1}), 1e-12, "a constant lead is flat, not clipped");
    }

    @Test
    void rangeAndQrsAmplitude() {
        float[] x = new float[101];
        for (int i = 0; i < x.length; i++) x[i] = i;
        assertEquals(98.0, SampleChecks.robustRange(x), 1e-9, "1st to 99th percentile of 0..100");
        float[] beats = new float[1000];
        beats[100] = 2;
        beats[105] = -1;
        beats[600] = 4;
        // half-width 0.06 s at 100 Hz = 6 samples: beat 1 spans 3 mV, beat 2 spans 4 mV; median of two = 3.5
        assertEquals(3.5, SampleChecks.qrsAmplitude(beats, new int[] {102, 600}, 100), 1e-6);
        assertTrue(Double.isNaN(SampleChecks.qrsAmplitude(beats, new int[0], 100)));
    }

    @Test
    void orphanidouQuantities() {
        Orphanidou2015 r = Orphanidou2015.of(new int[] {0, 100, 200, 500}, 600, 100);
        assertEquals(4, r.beats());
        assertEquals(60 / (5.0 / 3), r.heartRateBpm(), 1e-9, "mean RR 5/3 s");
        assertEquals(3.0, r.longestRrSeconds(), 1e-12);
        assertEquals(3.0, r.rrRatio(), 1e-12);
        Orphanidou2015 none = Orphanidou2015.of(new int[0], 1000, 100);
        assertEquals(10.0, none.longestRrSeconds(), 1e-12, "no beat in the whole record");
        assertTrue(Double.isNaN(none.heartRateBpm()));
    }
}
