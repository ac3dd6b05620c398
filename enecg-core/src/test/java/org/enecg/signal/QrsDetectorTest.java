package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.enecg.testing.SyntheticEcg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every QrsMethod on synthetic ECG with known beats, at every supported rate, with the usual troubles. */
class QrsDetectorTest {

    static List<Arguments> methodsAndRates() {
        List<Arguments> a = new ArrayList<>();
        for (QrsMethod m : QrsMethod.values()) for (double fs : new double[] {100, 128, 250, 257, 360, 500, 1000}) a.add(Arguments.of(m, fs));
        return a;
    }

    private static void assertFinds(SyntheticEcg ecg, float[] x, double fs, QrsMethod m, String what) {
        int[] truth = ecg.beatSamples();
        int[] found = QrsDetector.detect(x, fs, QrsConfig.defaults().withMethod(m));
        BeatMatch bm = BeatMatch.compare(truth, found, (int) Math.round(0.15 * fs));
        assertTrue(bm.sensitivity() >= 0.99 && bm.positivePredictivity() >= 0.99, m + " at " + fs + " Hz, " + what + ": " + bm);
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("methodsAndRates")
    void findsEveryBeatOfACleanEcgAndPlacesItOnTheRPeak(QrsMethod m, double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(72);
        int[] found = QrsDetector.detect(ecg.signal(), fs, QrsConfig.defaults().withMethod(m));
        int[] truth = ecg.beatSamples();
        assertEquals(truth.length, found.length, m + ": beats");
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], found[i], Math.max(1, 0.006 * fs), m + ": beat " + i + " within 6 ms of the R peak");
        }
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("methodsAndRates")
    void survivesBaselineWanderNoiseAndHum(QrsMethod m, double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(80).wander(1.5).noise(0.08).hum(0.2, fs > 120 ? 50 : 40).seed(3);
        assertFinds(ecg, ecg.signal(), fs, m, "wander + noise + hum");
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("methodsAndRates")
    void findsInvertedComplexes(QrsMethod m, double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(65).qrsScale(-0.8);
        assertFinds(ecg, ecg.signal(), fs, m, "inverted QRS");
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("methodsAndRates")
    void findsPacedBeatsOnceEach(QrsMethod m, double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(70).paced();
        assertFinds(ecg, ecg.signal(), fs, m, "paced");
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("methodsAndRates")
    void followsAnIrregularFastRhythm(QrsMethod m, double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(110).fibrillation(0.35).noise(0.03).seed(11);
        assertFinds(ecg, ecg.signal(), fs, m, "AF-like rhythm");
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("methodsAndRates")
    void fusesLeadsWhenOneIsNoiseAndAnotherIsInverted(QrsMethod m, double fs) {
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(75);
        float[] clean = ecg.signal();
        float[] inverted = new SyntheticEcg(fs, 10).heartRate(75).qrsScale(-0.5).signal();
        float[] noisy = new SyntheticEcg(fs, 10).heartRate(75).qrsScale(0.1).noise(0.3).seed(5).signal();
        int[] found = QrsDetector.detect(new float[][] {noisy, clean, inverted}, fs, QrsConfig.defaults().withMethod(m));
        BeatMatch bm = BeatMatch.compare(ecg.beatSamples(), found, (int) Math.round(0.15 * fs));
        assertEquals(new BeatMatch(ecg.beatSamples().length, 0, 0), bm, m + " fused");
    }

    @ParameterizedTest
    @EnumSource(QrsMethod.class)
    void aDisconnectedLeadWithSpikesDoesNotTakeOverTheFusion(QrsMethod m) {
        // As CinC record JS45544: V1 flat but for a few 8 mV spikes, V2-V6 all zero.
        double fs = 500;
        SyntheticEcg ecg = new SyntheticEcg(fs, 10).heartRate(90);
        float[] spikes = new float[5000];
        for (int at : new int[] {800, 801, 802, 3300, 3301}) spikes[at] = 8f;
        float[][] leads = {ecg.signal(), ecg.signal(), spikes, new float[5000], new float[5000]};
        BeatMatch bm = BeatMatch.compare(ecg.beatSamples(), QrsDetector.detect(leads, fs, QrsConfig.defaults().withMethod(m)), 75);
        assertEquals(new BeatMatch(ecg.beatSamples().length, 0, 0), bm, m.toString());
    }

    @ParameterizedTest
    @EnumSource(QrsMethod.class)
    void flatAndZeroSignalsHaveNoBeats(QrsMethod m) {
        float[] flat = new float[5000];
        java.util.Arrays.fill(flat, 0.7f);
        assertArrayEquals(new int[0], QrsDetector.detect(flat, 500, QrsConfig.defaults().withMethod(m)));
        assertArrayEquals(new int[0], QrsDetector.detect(new float[5000], 500, QrsConfig.defaults().withMethod(m)));
        float[][] twoFlat = {new float[2500], flat.clone()};
        assertArrayEquals(new int[0], QrsDetector.detect(new float[][] {twoFlat[0], java.util.Arrays.copyOf(twoFlat[1], 2500)}, 250,
                QrsConfig.defaults().withMethod(m)));
    }

    @ParameterizedTest
    @EnumSource(QrsMethod.class)
    void nonFiniteSamplesReadAsZero(QrsMethod m) {
        SyntheticEcg ecg = new SyntheticEcg(500, 10).heartRate(60);
        float[] x = ecg.signal();
        for (int i = 2000; i < 2050; i++) x[i] = Float.NaN;
        x[4000] = Float.POSITIVE_INFINITY;
        BeatMatch bm = BeatMatch.compare(ecg.beatSamples(), QrsDetector.detect(x, 500, QrsConfig.defaults().withMethod(m)), 75);
        assertTrue(bm.truePositives() >= ecg.beatSamples().length - 1, m + ": " + bm);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> QrsDetector.detect(new float[100], 500));
        assertThrows(IllegalArgumentException.class, () -> QrsDetector.detect(new float[5000], 0));
        assertThrows(IllegalArgumentException.class, () -> QrsDetector.detect(new float[][] {}, 500, QrsConfig.defaults()));
        assertThrows(IllegalArgumentException.class, () -> QrsDetector.detect(new float[][] {new float[5000], new float[4000]}, 500,
                QrsConfig.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new QrsConfig(QrsMethod.ELGENDI_2010, 0.05, 0.06));
    }

    @Test
    void methodNamesParseWithAliasesAndUnknownNamesListTheValidOnes() {
        assertEquals(QrsMethod.PAN_TOMPKINS_1985, QrsMethod.parse("pantompkins"));
        assertEquals(QrsMethod.PAN_TOMPKINS_1985, QrsMethod.parse("PAN_TOMPKINS_1985"));
        assertEquals(QrsMethod.ELGENDI_2010, QrsMethod.parse("Elgendi2010"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QrsMethod.parse("hamilton"));
        assertTrue(e.getMessage().contains("pantompkins1985") && e.getMessage().contains("elgendi2010"), e.getMessage());
    }

    @Test
    void beatMatchCountsLikeBxbAndIgnoresUnmatchedBeatsOutsideTheSpan() {
        int[] ref = {100, 300, 500};
        int[] det = {10, 104, 290, 420, 900};
        // 104 matches 100, 290 matches 300, 500 has nothing within 50 -> FN; 10, 420, 900 unmatched.
        assertEquals(new BeatMatch(2, 1, 3), BeatMatch.compare(ref, det, 50));
        assertEquals(new BeatMatch(2, 1, 1), BeatMatch.compare(ref, det, 50, 80, 520));
        assertEquals(2.0 / 3, BeatMatch.compare(ref, det, 50).sensitivity(), 1e-12);
        // Each detection is used once: two references near one detection give one TP.
        assertEquals(new BeatMatch(1, 1, 0), BeatMatch.compare(new int[] {100, 120}, new int[] {110}, 50));
    }
}
