package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.enecg.io.Record;
import org.enecg.testing.LudbBeats;
import org.enecg.testing.RealEcg;
import org.junit.jupiter.api.Test;

/**
 * The robustness steps of {@link QrsRules} (issue 13), each on a real recording of the repository where the step
 * decides the result: the test checks the detector with the step and without it, so each would fail if the step
 * stopped working. LUDB records are slowed down by resampling (the 10-s recording played over a longer time, the
 * reference beats scaled alike) to reach the slow rhythms where T waves pass for beats.
 */
class QrsHardSignalsTest {

    private static final double FS = 500;
    private static final int WINDOW = 75; // 150 ms at 500 Hz, as bxb

    /** One LUDB lead, its lead II reference beats and annotated span, optionally slowed to {@code bpm}. */
    private record Case(float[] x, int[] beats, int from, int to) {

        static Case ludb(int id, int lead, double bpm) {
            Record r = RealEcg.ludb(id);
            LudbBeats b = LudbBeats.of(id, "ii");
            float[] x = r.leads().get(lead).samples();
            double k = bpm > 0 ? (60_000.0 / bpm) / RrIntervals.statistics(b.rPeaks(), FS).meanRrMs() : 1;
            float[] y = k == 1 ? x : FftResampler.resample(x, (int) Math.round(x.length * k));
            return new Case(y, Arrays.stream(b.rPeaks()).map(v -> (int) Math.round(v * k)).toArray(), (int) Math.round(b.spanFrom() * k),
                    (int) Math.round(b.spanTo() * k));
        }

        BeatMatch match(QrsRules rules) { return match(QrsDetector.detect(x, FS, QrsConfig.defaults().withRules(rules))); }

        BeatMatch match(int[] detected) { return BeatMatch.compare(beats, detected, WINDOW, from, to); }
    }

    private static QrsRules without(String step) {
        QrsRules d = QrsRules.defaults();
        return new QrsRules(d.impulseSeconds(), step.equals("impulse") ? 0 : d.impulseFactor(), d.clipSegmentSeconds(), d.clipFactor(),
                d.adaptiveWindowSeconds(), d.tWaveWindowSeconds(), step.equals("twave") ? 0 : d.tWaveSlopeRatio(),
                step.equals("searchback") ? 0 : d.searchBackRrRatio(), d.searchBackLevel(), step.equals("searchback") ? 0 : d.rescanLevel(),
                d.rescanSlopeRatio(), step.equals("vote") ? 0 : d.voteFraction(), d.voteWindowSeconds());
    }

    @Test
    void tWavesOfASlowRhythmAreNotBeats() {
        // LUDB 59 (sinus bradycardia, 54/min), lead II slowed to 40/min: T waves come 360-380 ms after the R peak,
        // past Pan-Tompkins' fixed 360 ms window; the window lengthened with the RR catches them.
        Case c = Case.ludb(59, 1, 40);
        assertEquals(new BeatMatch(c.beats.length, 0, 0), c.match(QrsRules.defaults()));
        BeatMatch without = c.match(without("twave"));
        assertTrue(without.falsePositives() >= 1, "without T-wave discrimination the T waves count: " + without);
    }

    @Test
    void theTWaveAfterAnEctopicBeatIsNotABeat() {
        // LUDB 110 (atrial fibrillation with a ventricular extrasystole), lead II slowed to 40/min: the T wave 466 ms
        // after the beat that follows the shortest interval passes the method's threshold.
        Case c = Case.ludb(110, 1, 40);
        assertEquals(new BeatMatch(c.beats.length, 0, 0), c.match(QrsRules.defaults()));
        BeatMatch none = c.match(QrsRules.none());
        assertEquals(1, none.falsePositives(), "the method alone: " + none);
    }

    @Test
    void searchBackFindsTheBeatTheThresholdMissed() {
        // LUDB 109 (sinus arrhythmia), lead V4: the last annotated beat (4796) is below Elgendi's threshold. The
        // search-back step finds it through its rescan (QRS energy and slope close to the neighbouring beats'); the
        // interval is not long enough for the 1.66 RR trigger, which alone does not find it.
        Case c = Case.ludb(109, 9, 0);
        BeatMatch with = c.match(QrsRules.defaults()), without = c.match(without("searchback"));
        assertEquals(0, with.falseNegatives(), "with search-back: " + with);
        assertEquals(1, without.falseNegatives(), "without search-back: " + without);
        assertEquals(with.falsePositives(), without.falsePositives(), "search-back adds no false beat here");
    }

    @Test
    void votingOutweighsALeadOfAnotherHeart() {
        // LUDB 10 leads I, II, III and, as a fourth lead, lead II of LUDB 40: a clean, peaky signal whose beats are
        // not this heart's, the worst kind of noise for a fusion of features. Its beats disagree with the others',
        // so its vote weighs little.
        Record r = RealEcg.ludb(10);
        LudbBeats b = LudbBeats.of(10, "ii");
        float[][] leads = {r.leads().get(0).samples(), r.leads().get(1).samples(), r.leads().get(2).samples(),
            RealEcg.ludb(40).leads().get(1).samples()};
        BeatMatch voted = BeatMatch.compare(b.rPeaks(), QrsDetector.detect(leads, FS, QrsConfig.defaults()), WINDOW, b.spanFrom(), b.spanTo());
        BeatMatch fusedOnly = BeatMatch.compare(b.rPeaks(), QrsDetector.detect(leads, FS, QrsConfig.defaults().withRules(without("vote"))),
                WINDOW, b.spanFrom(), b.spanTo());
        assertEquals(new BeatMatch(b.rPeaks().length, 0, 0), voted);
        assertTrue(fusedOnly.falsePositives() >= 3, "the fusion alone takes the other heart's beats: " + fusedOnly);
    }

    @Test
    void aOneSampleSpikeOfTensOfMillivoltsIsRemoved() {
        // As in challenge data (one sample at 32.75 mV), injected into LUDB 1 lead II between two beats.
        Case clean = Case.ludb(1, 1, 0);
        float[] x = clean.x.clone();
        int at = (clean.beats[2] + clean.beats[3]) / 2;
        x[at] = 32.75f;
        Case spiked = new Case(x, clean.beats, clean.from, clean.to);
        assertEquals(new BeatMatch(clean.beats.length, 0, 0), spiked.match(QrsRules.defaults()));
        BeatMatch without = spiked.match(without("impulse"));
        assertTrue(without.falsePositives() + without.falseNegatives() >= 1, "the spike alone: " + without);
        float[] copy = clean.x.clone();
        assertEquals(0, ImpulseArtifacts.removeInPlace(copy, FS, 0.004, 5), "sharp R peaks of a clean lead are not impulses");
    }

    @Test
    void rejectsSettingsOutOfRange() {
        QrsRules d = QrsRules.defaults();
        assertThrows(IllegalArgumentException.class, () -> new QrsRules(d.impulseSeconds(), d.impulseFactor(), d.clipSegmentSeconds(), d.clipFactor(),
                d.adaptiveWindowSeconds(), d.tWaveWindowSeconds(), 1.5, d.searchBackRrRatio(), d.searchBackLevel(), d.rescanLevel(),
                d.rescanSlopeRatio(), d.voteFraction(), d.voteWindowSeconds()));
        assertThrows(IllegalArgumentException.class, () -> new QrsRules(d.impulseSeconds(), d.impulseFactor(), d.clipSegmentSeconds(), d.clipFactor(),
                d.adaptiveWindowSeconds(), d.tWaveWindowSeconds(), d.tWaveSlopeRatio(), 1.0, d.searchBackLevel(), d.rescanLevel(),
                d.rescanSlopeRatio(), d.voteFraction(), d.voteWindowSeconds()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QrsRules(d.impulseSeconds(), d.impulseFactor(),
                d.clipSegmentSeconds(), d.clipFactor(), d.adaptiveWindowSeconds(), d.tWaveWindowSeconds(), d.tWaveSlopeRatio(),
                d.searchBackRrRatio(), d.searchBackLevel(), d.rescanLevel(), d.rescanSlopeRatio(), 2, d.voteWindowSeconds()));
        assertTrue(e.getMessage().contains("voteFraction"), e.getMessage());
    }
}
