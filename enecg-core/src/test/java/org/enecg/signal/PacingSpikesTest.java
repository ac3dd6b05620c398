package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;

class PacingSpikesTest {

    @Test
    void pacedBeatsScoreFarAboveNormalOnes() {
        double fs = 500;
        SyntheticEcg paced = new SyntheticEcg(fs, 10).heartRate(70).paced().noise(0.01).seed(5);
        SyntheticEcg normal = new SyntheticEcg(fs, 10).heartRate(70).qrsWidth(1.6).noise(0.01).seed(5);
        float[][] p = {paced.signal(), paced.signal()}, n = {normal.signal(), normal.signal()};
        double sp = PacingSpikes.score(p, fs, paced.beatSamples()), sn = PacingSpikes.score(n, fs, normal.beatSamples());
        // A 1 ms, 4 mV step at 500 Hz: a one-sample spike whose second difference is about 8 mV.
        assertTrue(sp > 3, "paced: " + sp);
        assertTrue(sn < 0.2, "normal wide QRS: " + sn);
    }

    @Test
    void noBeatsOrOnlyFlatLeadsScoreZero() {
        assertEquals(0, PacingSpikes.score(new float[][] {new float[1000]}, 500, new int[] {500}), 0);
        assertEquals(0, PacingSpikes.score(new float[][] {new SyntheticEcg(500, 2).signal()}, 500, new int[0]), 0);
    }
}
