package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;

class BeatTemplateCorrelationTest {

    @Test
    void beatsOfOneShapeCorrelateNearOneAndAnEctopicBeatDoesNot() {
        double fs = 500;
        SyntheticEcg ecg = new SyntheticEcg(fs, 12).heartRate(60).noise(0.01).seed(2);
        float[] a = ecg.signal(), b = new SyntheticEcg(fs, 12).heartRate(60).qrsScale(0.6).noise(0.01).seed(3).signal();
        int[] beats = ecg.beatSamples();
        // Beat 5 becomes wide and inverted in lead a (a ventricular-looking complex).
        float[] pvc = new SyntheticEcg(fs, 12).heartRate(60).qrsScale(-1).qrsWidth(2).seed(2).signal();
        int r = beats[5];
        for (int i = r - 150; i <= r + 200; i++) a[i] = pvc[i];
        float[][] leads = {a, b};
        double[] c = BeatTemplateCorrelation.of(leads, fs, beats, MedianBeat.of(leads, fs, beats));
        for (int k = 0; k < beats.length; k++) {
            boolean fits = beats[k] - 100 >= 0 && beats[k] + 200 < a.length;
            if (!fits) {
                assertTrue(Double.isNaN(c[k]), "beat " + k + " window leaves the record");
            } else if (k == 5) {
                assertTrue(c[k] < 0.5, "ectopic beat: " + c[k]);
            } else {
                assertTrue(c[k] > 0.97, "beat " + k + ": " + c[k]);
            }
        }
    }

    @Test
    void flatLeadsOrNoBeatsGiveNaN() {
        double fs = 500;
        float[][] flat = {new float[5000]};
        int[] beats = {1000, 2000, 3000};
        double[] c = BeatTemplateCorrelation.of(flat, fs, beats, MedianBeat.of(flat, fs, beats));
        for (double v : c) assertTrue(Double.isNaN(v));
        float[][] x = {new SyntheticEcg(fs, 10).signal()};
        assertEquals(0, BeatTemplateCorrelation.of(x, fs, new int[0], MedianBeat.of(x, fs, new int[0])).length);
    }
}
