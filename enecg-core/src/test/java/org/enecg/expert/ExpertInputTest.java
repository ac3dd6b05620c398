package org.enecg.expert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.signal.FftResampler;
import org.enecg.testing.SyntheticRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared input step: each stage against scipy vectors or values derived by hand. */
class ExpertInputTest {

    static final float[] LUDB1_II = SyntheticRecords.vector("/org/enecg/signal/resample/ludb1_ii.in.txt");

    static Record ludb1LeadII() {
        return SyntheticRecords.of("ludb-1", 500, new String[] {"ii"}, LUDB1_II);
    }

    static void assertScipy(String file, float[] actual) {
        float[] expected = SyntheticRecords.vector("/org/enecg/signal/resample/" + file);
        assertEquals(expected.length, actual.length, file);
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float e : expected) { lo = Math.min(lo, e); hi = Math.max(hi, e); }
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-5 * (hi - lo), file + " sample " + i);
    }

    @Test
    void resampleFitSqueezesTheWholeRecordLikeScipy() {
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).resampleTo(512).build();
        ExpertInput in = ExpertInput.prepare(ludb1LeadII(), spec);
        assertEquals(1, in.items().size());
        assertScipy("ludb1_ii_5000_to_512.out.txt", in.items().get(0)[0]);
    }

    @Test
    void cropAtAnotherRateResamplesLikeScipy() {
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).crop(100, 1000).build();
        assertScipy("ludb1_ii_5000_to_1000.out.txt", ExpertInput.prepare(ludb1LeadII(), spec).items().get(0)[0]);
    }

    @Test
    void windowsCutTheResampledRecordIntoConsecutiveWindows() {
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).windows(250, 1000).build();
        ExpertInput in = ExpertInput.prepare(ludb1LeadII(), spec);
        assertEquals(2, in.segments(), "2500 samples at 250 Hz: two whole windows of 1000, remainder 500 dropped");
        assertScipy("ludb1_ii_5000_to_2500.out.txt", concat(in.items().get(0)[0], in.items().get(1)[0],
                Arrays.copyOfRange(FftResampler.resample(LUDB1_II, 2500), 2000, 2500)));
        assertEquals(0, in.paddedSamples());
    }

    @Test
    void selectsLeadsByNameWhateverTheFileOrder() {
        // MIMIC-IV-ECG files store aVF before aVL; the expert's order is I, II, III, aVR, aVL, aVF, V1-V6.
        List<LeadName> mimicOrder = List.of(LeadName.I, LeadName.II, LeadName.III, LeadName.AVR, LeadName.AVF,
                LeadName.AVL, LeadName.V1, LeadName.V2, LeadName.V3, LeadName.V4, LeadName.V5, LeadName.V6);
        Record r = SyntheticRecords.record("m", 500, 10, 5, mimicOrder);
        ExpertSpec spec = ExpertSpec.builder(LeadName.STANDARD_ORDER, List.of("y")).crop(500, 5000).build();
        float[][] item = ExpertInput.prepare(r, spec).items().get(0);
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(r.lead(LeadName.STANDARD_ORDER.get(i)).orElseThrow().samples(), item[i], "row " + i);
        }
        assertArrayEquals(r.leads().get(5).samples(), item[4], "file's 6th lead (aVL) is the expert's 5th");
    }

    @Test
    void missingLeadIsZeroFilledFlaggedAndLeftOutOfTheStatistics() {
        Record r = SyntheticRecords.of("two", 4, new String[] {"I", "V1"},
                new float[] {1, 2, 3, 4}, new float[] {5, 6, 7, 8});
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.I, LeadName.II, LeadName.V1), List.of("y"))
                .whole(4).normalisation(Normalisation.GLOBAL_Z).build();
        ExpertInput in = ExpertInput.prepare(r, spec);
        assertEquals(List.of(LeadName.II), in.missingLeads());
        assertTrue(in.notes().get(0).contains("II") && in.notes().get(0).contains("zero-filled"), in.notes().toString());
        float[][] item = in.items().get(0);
        assertArrayEquals(new float[4], item[1], "missing lead stays 0, the mean level");
        // Global z over I and V1 only: mean 4.5, std sqrt(5.25).
        double s = Math.sqrt(5.25);
        assertEquals((1 - 4.5) / s, item[0][0], 1e-6);
        assertEquals((8 - 4.5) / s, item[2][3], 1e-6);
    }

    @Test
    void missingLeadUnderErrorPolicyNamesTheFileAndTheLead() {
        Record r = new Record("x", 500, List.of(new Lead("I", new float[10])), List.of(), Path.of("data/x.hea"));
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).whole(500)
                .missingLead(MissingLead.ERROR).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpertInput.prepare(r, spec));
        assertTrue(e.getMessage().startsWith("data/x.hea: ") && e.getMessage().contains("II"), e.getMessage());
    }

    @Test
    void nonFiniteSamplesBecomeZeroAndAreCountedPerLead() {
        Record r = SyntheticRecords.of("nan", 4, new String[] {"V3"},
                new float[] {1, Float.NaN, Float.POSITIVE_INFINITY, 4});
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.V3), List.of("y")).whole(4).build();
        ExpertInput in = ExpertInput.prepare(r, spec);
        assertEquals(2, in.nonFiniteSamples());
        assertArrayEquals(new float[] {1, 0, 0, 4}, in.items().get(0)[0]);
        assertEquals(List.of("NaN/inf set to 0: 2 samples in V3"), in.notes());
    }

    @Test
    void microvoltUnitsMultiplyMillivoltsByAThousand() {
        Record r = SyntheticRecords.of("uv", 4, new String[] {"I"}, new float[] {0.5f, -1.25f, 0, 2});
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.I), List.of("y")).whole(4).units(Units.MICROVOLT).build();
        assertArrayEquals(new float[] {500, -1250, 0, 2000}, ExpertInput.prepare(r, spec).items().get(0)[0]);
    }

    @Test
    void recordZUsesTheStatisticsOfAllTheRecordsLeads() {
        // The authors' preprocessing: one mean/std over leads I and II together (mean 4.5, std sqrt(5.25)),
        // even for an expert (here: the gate) that reads lead II alone.
        Record r = SyntheticRecords.of("z", 4, new String[] {"I", "II"}, new float[] {1, 2, 3, 4}, new float[] {5, 6, 7, 8});
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).whole(4)
                .normalisation(Normalisation.RECORD_Z).units(Units.MICROVOLT).build();
        double s = Math.sqrt(5.25);
        float[] got = ExpertInput.prepare(r, spec).items().get(0)[0];
        assertArrayEquals(new float[] {(float) (0.5 / s), (float) (1.5 / s), (float) (2.5 / s), (float) (3.5 / s)}, got, 1e-6f,
                "z-scores do not depend on units");
    }

    @Test
    void perLeadZScoresEachSegmentOnItsOwn() {
        Record r = SyntheticRecords.twelveLead("w", 500, 10, 3);
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.I, LeadName.V6), List.of("y")).windows(500, 2500)
                .normalisation(Normalisation.PER_LEAD_Z).build();
        ExpertInput in = ExpertInput.prepare(r, spec);
        assertEquals(2, in.items().size());
        for (float[][] item : in.items()) {
            for (float[] lead : item) {
                double m = 0, v = 0;
                for (float x : lead) m += x;
                m /= lead.length;
                for (float x : lead) v += (x - m) * (x - m);
                assertEquals(0, m, 1e-5);
                assertEquals(1, Math.sqrt(v / lead.length), 1e-4);
            }
        }
    }

    @Test
    void shortRecordIsPaddedWithZerosAfterNormalisationOrWithRepeats() {
        Record r = SyntheticRecords.of("short", 4, new String[] {"I"}, new float[] {1, 2, 3});
        ExpertSpec zeros = ExpertSpec.builder(List.of(LeadName.I), List.of("y")).crop(4, 8).build();
        ExpertInput in = ExpertInput.prepare(r, zeros);
        assertArrayEquals(new float[] {1, 2, 3, 0, 0, 0, 0, 0}, in.items().get(0)[0]);
        assertEquals(5, in.paddedSamples());
        assertTrue(in.notes().contains("padded with zeros: 5 samples per lead"), in.notes().toString());
        ExpertSpec repeat = ExpertSpec.builder(List.of(LeadName.I), List.of("y")).crop(4, 8).pad(Pad.REPEAT).build();
        assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3, 1, 2}, ExpertInput.prepare(r, repeat).items().get(0)[0]);
        ExpertSpec zscored = ExpertSpec.builder(List.of(LeadName.I), List.of("y")).windows(4, 5)
                .normalisation(Normalisation.PER_LEAD_Z).build();
        float s = (float) Math.sqrt(2.0 / 3);
        assertArrayEquals(new float[] {-1 / s, 0, 1 / s, 0, 0}, ExpertInput.prepare(r, zscored).items().get(0)[0], 1e-6f);
    }

    @Test
    void shortRecordUnderPadErrorNamesTheRecordAndBothLengths() {
        Record r = SyntheticRecords.of("short", 4, new String[] {"I"}, new float[] {1, 2, 3});
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.I), List.of("y")).crop(4, 8).pad(Pad.ERROR).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpertInput.prepare(r, spec));
        assertTrue(e.getMessage().contains("record short") && e.getMessage().contains("3 samples")
                && e.getMessage().contains("needs 8"), e.getMessage());
    }

    @Test
    void cropOfALongRecordAtAnotherRateKeepsTheFirstSeconds() {
        // 30 s at 250 Hz, expert 500 Hz x 5000: only the first 10 s are resampled and kept.
        Record r = SyntheticRecords.twelveLead("long", 250, 30, 9);
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).crop(500, 5000).build();
        float[] got = ExpertInput.prepare(r, spec).items().get(0)[0];
        float[] expected = FftResampler.resample(Arrays.copyOf(r.lead(LeadName.II).orElseThrow().samples(), 2500), 5000);
        assertArrayEquals(expected, got);
    }

    @Test
    void eachLeadLayoutMakesOneItemPerPresentLeadAndSegment() {
        Record r = SyntheticRecords.record("each", 500, 10, 1, List.of(LeadName.I, LeadName.II, LeadName.V1));
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.I, LeadName.II, LeadName.III, LeadName.V1), List.of("y"))
                .windows(500, 2500).layout(LeadLayout.EACH).build();
        ExpertInput in = ExpertInput.prepare(r, spec);
        assertEquals(6, in.items().size(), "2 windows x 3 present leads (III missing is left out of the pool)");
        assertEquals(1, in.items().get(0).length);
        assertArrayEquals(Arrays.copyOf(r.lead(LeadName.V1).orElseThrow().samples(), 2500), in.items().get(2)[0]);
        assertEquals(List.of(LeadName.III), in.missingLeads());
    }

    @Test
    void movingMedianFilterRunsAtTheExpertsRateLikeScipy() {
        // scipy: resample(lead II, 1000) - median_filter(size=201, mode='reflect'), ExChanGeAI's baseline step.
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).crop(100, 1000)
                .filter(new SignalFilter(SignalFilter.Kind.MOVING_MEDIAN_BASELINE, 2.0)).build();
        assertEquals(201, spec.filters().get(0).windowSamples(100));
        float[] got = ExpertInput.prepare(ludb1LeadII(), spec).items().get(0)[0];
        float[] expected = SyntheticRecords.vector("/org/enecg/expert/median/ludb1_ii_100hz_w201_baseline_removed.out.txt");
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float e : expected) { lo = Math.min(lo, e); hi = Math.max(hi, e); }
        assertArrayEquals(expected, got, 1e-5f * (hi - lo));
    }

    @Test
    void beatsFitCentresOneWindowOnEachDetectedBeat() {
        // Real ECG: LUDB record 1 lead II (digital units; amplitudes do not matter to the detector), 10 s at 500 Hz,
        // read by an expert at 250 Hz with 0.6-s windows.
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).beats(250, 150).build();
        ExpertInput in = ExpertInput.prepare(ludb1LeadII(), spec);
        int[] peaks = org.enecg.signal.QrsDetector.detect(LUDB1_II, 500);
        assertTrue(in.segments() >= peaks.length - 2 && in.segments() <= peaks.length, in.segments() + " of " + peaks.length);
        float[] at250 = FftResampler.resample(LUDB1_II, 2500);
        int first = -1;
        for (int p : peaks) if (Math.round(p * 0.5) - 75 >= 0) { first = (int) Math.round(p * 0.5); break; }
        assertArrayEquals(Arrays.copyOfRange(at250, first - 75, first + 75), in.items().get(0)[0],
                "the first complete beat's window: 75 samples before its R peak, 75 from it");
    }

    @Test
    void beatsFitOnAFlatRecordFallsBackToOneCentreWindowAndSaysSo() {
        Record flat = SyntheticRecords.of("flat", 500, new String[] {"II"}, new float[3000]);
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.II), List.of("y")).beats(500, 500).build();
        ExpertInput in = ExpertInput.prepare(flat, spec);
        assertEquals(1, in.segments());
        assertTrue(in.notes().get(0).startsWith("no complete beat detected"), in.notes().toString());
        Record tiny = SyntheticRecords.of("tiny", 500, new String[] {"II"}, new float[100]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpertInput.prepare(tiny, spec));
        assertTrue(e.getMessage().contains("record tiny: cannot find beats"), e.getMessage());
    }

    @Test
    void recordWithoutSamplesIsRefused() {
        Record r = SyntheticRecords.of("empty", 500, new String[] {"I"}, new float[0]);
        ExpertSpec spec = ExpertSpec.builder(List.of(LeadName.I), List.of("y")).whole(500).build();
        assertThrows(IllegalArgumentException.class, () -> ExpertInput.prepare(r, spec));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void preparingDoesNotChangeTheRecord(long seed) {
        Record r = SyntheticRecords.twelveLead("same", 360, 7.3, seed);
        float[] before = r.leads().get(1).samples();
        ExpertSpec spec = ExpertSpec.builder(LeadName.STANDARD_ORDER, List.of("y")).windows(500, 1000)
                .normalisation(Normalisation.RECORD_Z).build();
        ExpertInput in = ExpertInput.prepare(r, spec);
        assertEquals(3, in.segments(), "7.3 s at 500 Hz = 3650 samples: 3 windows of 1000");
        assertArrayEquals(before, r.leads().get(1).samples());
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) n += p.length;
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) { System.arraycopy(p, 0, out, at, p.length); at += p.length; }
        return out;
    }
}
