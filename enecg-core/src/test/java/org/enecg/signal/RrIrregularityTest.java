package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;

class RrIrregularityTest {

    @Test
    void handWorkedSeries() {
        // Median 800; successive differences 0, 200, 400, 200 (median 200); 600 < 0.85 * 800; range 1000 - 600.
        RrIrregularity r = RrIrregularity.of(new double[] {800, 800, 600, 1000, 800});
        assertEquals(200 / 800.0, r.ssdMedianNormalised(), 1e-12);
        assertEquals(1 / 5.0, r.prematureFraction(), 1e-12);
        assertEquals(400 / 800.0, r.rangeNormalised(), 1e-12);
    }

    @Test
    void tooFewIntervalsGiveNaNWhereUndefined() {
        RrIrregularity none = RrIrregularity.of(new double[0]);
        assertTrue(Double.isNaN(none.ssdMedianNormalised()) && Double.isNaN(none.prematureFraction()) && Double.isNaN(none.rangeNormalised()));
        RrIrregularity one = RrIrregularity.of(new double[] {750});
        assertTrue(Double.isNaN(one.ssdMedianNormalised()));
        assertEquals(0, one.prematureFraction(), 0);
        assertEquals(0, one.rangeNormalised(), 0);
    }

    @Test
    void aSinglePrematureBeatMovesTheMedianDifferenceLittleButFibrillationDoes() {
        double[] sinus = {800, 805, 795, 800, 560, 1040, 800, 798, 802, 800};
        RrIrregularity withPac = RrIrregularity.of(sinus);
        assertTrue(withPac.ssdMedianNormalised() < 0.02, "one PAC: " + withPac.ssdMedianNormalised());
        assertEquals(0.1, withPac.prematureFraction(), 1e-12);
        double fs = 500;
        SyntheticEcg af = new SyntheticEcg(fs, 30).heartRate(80).fibrillation(0.3).seed(4);
        RrIrregularity a = RrIrregularity.of(RrIntervals.intervalsMs(QrsDetector.detect(af.signal(), fs), fs));
        assertTrue(a.ssdMedianNormalised() > 0.1, "AF-like: " + a.ssdMedianNormalised());
    }
}
