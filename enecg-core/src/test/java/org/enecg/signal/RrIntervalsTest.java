package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RrIntervalsTest {

    @Test
    void statisticsOfAHandWorkedSeries() {
        // Beats at 0, 800, 1700, 2500, 3400 ms (fs 1000): RR 800, 900, 800, 900.
        RrStatistics s = RrIntervals.statistics(new int[] {0, 800, 1700, 2500, 3400}, 1000);
        assertEquals(5, s.beats());
        assertEquals(850, s.meanRrMs(), 1e-9);
        assertEquals(60000.0 / 850, s.heartRateBpm(), 1e-9);
        assertEquals(Math.sqrt(4 * 2500 / 3.0), s.sdnnMs(), 1e-9); // deviations +-50, n-1 = 3
        assertEquals(100, s.rmssdMs(), 1e-9); // successive differences +100, -100, +100
        assertEquals(100, s.pnn50Percent(), 1e-9);
        assertEquals(1.0, s.turningPointRatio(), 1e-9); // 900 and 800 in the middle are both turning points
        assertEquals(100 / 850.0, s.rmssdNormalised(), 1e-12);
        assertEquals(s.sdnnMs() / 850, s.cvRr(), 1e-12);
    }

    @Test
    void intervalsAreInMillisecondsAtAnyRate() {
        assertArrayEquals(new double[] {800, 1000}, RrIntervals.intervalsMs(new int[] {100, 500, 1000}, 500), 1e-9);
        assertArrayEquals(new double[0], RrIntervals.intervalsMs(new int[] {7}, 250), 0);
    }

    @Test
    void tooFewBeatsGiveNaNNotErrors() {
        RrStatistics none = RrIntervals.statistics(new int[] {10}, 500);
        assertTrue(Double.isNaN(none.meanRrMs()) && Double.isNaN(none.sdnnMs()));
        RrStatistics one = RrIntervals.statistics(new int[] {10, 510}, 500);
        assertEquals(1000, one.meanRrMs(), 1e-9);
        assertEquals(60, one.heartRateBpm(), 1e-9);
        assertTrue(Double.isNaN(one.sdnnMs()) && Double.isNaN(one.turningPointRatio()));
    }

    @Test
    void rejectsUnsortedBeatsAndBadRates() {
        assertThrows(IllegalArgumentException.class, () -> RrIntervals.intervalsMs(new int[] {5, 5}, 500));
        assertThrows(IllegalArgumentException.class, () -> RrIntervals.intervalsMs(new int[] {1, 5}, 0));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void irregularityMeasuresSeparateAnAfLikeRhythmFromSinusRhythm(long seed) {
        double fs = 500;
        SyntheticEcg sinus = new SyntheticEcg(fs, 30).heartRate(75).rrJitter(0.03).seed(seed);
        SyntheticEcg af = new SyntheticEcg(fs, 30).heartRate(75).fibrillation(0.3).seed(seed);
        RrStatistics s = RrIntervals.statistics(QrsDetector.detect(sinus.signal(), fs), fs);
        RrStatistics a = RrIntervals.statistics(QrsDetector.detect(af.signal(), fs), fs);
        assertEquals(75, s.heartRateBpm(), 3);
        assertTrue(s.rmssdNormalised() < 0.06 && a.rmssdNormalised() > 0.1, "nRMSSD sinus " + s.rmssdNormalised() + " AF " + a.rmssdNormalised());
        assertTrue(a.pnn50Percent() > s.pnn50Percent() + 30, "pNN50 sinus " + s.pnn50Percent() + " AF " + a.pnn50Percent());
    }
}
