package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delineation, median beat, intervals and axis on synthetic ECG whose waves are known. */
class DelineatorTest {

    @ParameterizedTest(name = "fs {0}")
    @ValueSource(doubles = {250, 360, 500, 1000})
    void boundariesComeInOrderAroundEveryBeat(double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(70).noise(0.01);
        float[] x = ecg.signal();
        int[] beats = QrsDetector.detect(x, fs);
        WaveBoundaries[] wb = Delineator.delineate(x, fs, beats, DelineationConfig.defaults());
        assertEquals(beats.length, wb.length);
        for (int k = 1; k < wb.length - 1; k++) {
            WaveBoundaries w = wb[k];
            assertTrue(w.pOnset() >= 0 && w.pOnset() < w.qrsOnset() && w.qrsOnset() < w.rPeak() && w.rPeak() < w.qrsOffset()
                    && w.qrsOffset() < w.tEnd(), "beat " + k + ": " + w);
            // Synthetic QRS: Gaussians at R-25 ms and R+25 ms with sigma 8 ms, so the complex spans about R +- 45 ms.
            assertEquals(90, w.qrsMs(fs), 25, "QRS duration of beat " + k);
            // P wave centred 160 ms before R (sigma 20 ms): onset around R-210 ms, QRS onset around R-45 ms.
            assertEquals(165, w.prMs(fs), 40, "PR of beat " + k);
            // T wave centred 280 ms after R (sigma 40 ms): it returns to baseline around R+380..400 ms.
            assertEquals(430, w.qtMs(fs), 60, "QT of beat " + k);
        }
    }

    @Test
    void widerComplexesMeasureWider() {
        double fs = 500;
        float[] narrow = new SyntheticEcg(fs, 10).heartRate(60).signal();
        float[] wide = new SyntheticEcg(fs, 10).heartRate(60).qrsWidth(1.6).signal();
        double qn = EcgIntervals.of(MedianBeat.of(new float[][] {narrow}, fs, QrsDetector.detect(narrow, fs)), -1, -1,
                DelineationConfig.defaults()).qrsMs();
        double qw = EcgIntervals.of(MedianBeat.of(new float[][] {wide}, fs, QrsDetector.detect(wide, fs)), -1, -1,
                DelineationConfig.defaults()).qrsMs();
        assertTrue(qw > qn + 30, "narrow " + qn + " ms, wide " + qw + " ms");
    }

    @Test
    void noPWaveInAnAfLikeRhythm() {
        double fs = 500;
        SyntheticEcg af = new SyntheticEcg(fs, 10).heartRate(90).fibrillation(0.3).seed(9);
        float[] x = af.signal();
        WaveBoundaries[] wb = Delineator.delineate(x, fs, QrsDetector.detect(x, fs), DelineationConfig.defaults());
        int withP = 0;
        for (WaveBoundaries w : wb) if (w.pOnset() >= 0) withP++;
        assertEquals(0, withP, "P onsets found in a rhythm without P waves");
        assertTrue(Double.isNaN(wb[1].prMs(fs)));
    }

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {-60, -20, 0, 45, 75, 110, 170})
    void axisOfLeadsProjectedAtAKnownAngle(double degrees) {
        double fs = 500;
        float[] ecg = new SyntheticEcg(fs, 10).heartRate(70).signal();
        float[] i = new float[ecg.length], avf = new float[ecg.length];
        double c = Math.cos(Math.toRadians(degrees)), s = Math.sin(Math.toRadians(degrees));
        for (int k = 0; k < ecg.length; k++) {
            i[k] = (float) (ecg[k] * c);
            avf[k] = (float) (ecg[k] * s);
        }
        int[] beats = QrsDetector.detect(new float[][] {i, avf}, fs, QrsConfig.defaults());
        EcgIntervals e = EcgIntervals.of(MedianBeat.of(new float[][] {i, avf}, fs, beats), 0, 1, DelineationConfig.defaults());
        assertEquals(degrees, e.qrsAxisDegrees(), 3);
    }

    @Test
    void medianBeatIgnoresAnOddBeatAndSkipsBeatsAtTheEdges() {
        double fs = 500;
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(60);
        float[] x = ecg.signal();
        int[] beats = ecg.beatSamples();
        int odd = beats[4];
        for (int k = odd - 20; k <= odd + 20; k++) x[k] += 3; // one grossly distorted beat
        MedianBeat m = MedianBeat.of(new float[][] {x}, fs, beats);
        // The first beat (R at 0.35 s) has no room for 0.5 s before it, the last none for 0.7 s after it.
        assertEquals(beats.length - 2, m.beatsUsed());
        float[] clean = ecg.signal();
        assertEquals(clean[beats[2]], m.lead(0)[m.rIndex()], 1e-4, "R amplitude of the median beat");
        float[] none = MedianBeat.of(new float[][] {new float[100]}, fs, new int[] {50}).lead(0);
        assertTrue(Float.isNaN(none[0]));
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2f, MedianBeat.median(new float[] {3, 1, 2}));
        assertEquals(2.5f, MedianBeat.median(new float[] {4, 1, 3, 2}));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new DelineationConfig(0, 0.1, 0.012, 0.03));
        assertThrows(IllegalArgumentException.class, () -> new DelineationConfig(0.05, 1.5, 0.012, 0.03));
        assertThrows(IllegalArgumentException.class, () -> new DelineationConfig(0.05, 0.05, 0.2, 0.03));
        assertThrows(IllegalArgumentException.class, () -> Delineator.delineate(new float[][] {}, 500, new int[0], DelineationConfig.defaults()));
    }
}
