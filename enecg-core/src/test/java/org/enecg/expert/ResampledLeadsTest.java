package org.enecg.expert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;
import org.enecg.testing.SyntheticRecords;
import org.junit.jupiter.api.Test;

/** The per-record memo of resampled leads and the content memo of QRS peaks give exactly what they replace. */
class ResampledLeadsTest {

    private static final List<LeadName> TWELVE = List.of(LeadName.I, LeadName.II, LeadName.III, LeadName.AVR,
            LeadName.AVL, LeadName.AVF, LeadName.V1, LeadName.V2, LeadName.V3, LeadName.V4, LeadName.V5, LeadName.V6);

    private static void assertSameItems(ExpertInput expected, ExpertInput actual, String what) {
        assertEquals(expected.items().size(), actual.items().size(), what);
        for (int i = 0; i < expected.items().size(); i++) {
            float[][] e = expected.items().get(i), a = actual.items().get(i);
            for (int c = 0; c < e.length; c++) assertArrayEquals(e[c], a[c], what + " item " + i + " lead " + c); // bit for bit
        }
    }

    @Test
    void expertsReadingALeadThroughTheSameStepsShareOneResamplingAndGetTheSameSamples() {
        Record r = SyntheticRecords.twelveLead("k", 1000, 12, 7); // 1000 Hz: every 500 Hz expert resamples
        List<String> out = List.of("y");
        ExpertSpec whole = ExpertSpec.builder(TWELVE, out).whole(500).build();
        ExpertSpec zScored = ExpertSpec.builder(TWELVE, out).whole(500).normalisation(Normalisation.PER_LEAD_Z).build();
        ExpertSpec microvolts = ExpertSpec.builder(TWELVE, out).whole(500).units(Units.MICROVOLT).build();
        ExpertSpec recordZ = ExpertSpec.builder(TWELVE, out).whole(500).normalisation(Normalisation.RECORD_Z).build();
        ExpertSpec cropped = ExpertSpec.builder(TWELVE, out).crop(500, 5000).build();
        ResampledLeads shared = new ResampledLeads(r);
        for (ExpertSpec s : List.of(whole, zScored, microvolts, recordZ, cropped, whole)) {
            assertSameItems(ExpertInput.prepare(r, s), ExpertInput.prepare(r, s, shared), s.describe().toString());
        }
        // whole, then zScored and whole again hit (12 leads each); microvolts, record z-score and the crop are other inputs.
        assertEquals(24, shared.hits());
        assertEquals(48, shared.misses());
        // The z-scored expert normalised its copy in place; the memo still holds the plain resampled leads.
        assertSameItems(ExpertInput.prepare(r, whole), ExpertInput.prepare(r, whole, shared), "after in-place normalisation");
    }

    @Test
    void anotherRecordsMemoIsRefused() {
        Record a = SyntheticRecords.twelveLead("a", 500, 10, 1), b = SyntheticRecords.twelveLead("b", 500, 10, 2);
        ExpertSpec spec = ExpertSpec.builder(TWELVE, List.of("y")).whole(250).build();
        assertThrows(IllegalArgumentException.class, () -> ExpertInput.prepare(a, spec, new ResampledLeads(b)));
    }

    @Test
    void qrsPeaksAreTheDetectorsAndEqualContentIsDetectedOnce() {
        Record r = SyntheticRecords.twelveLead("q", 500, 10, 11);
        float[][] leads = new float[12][];
        for (int i = 0; i < 12; i++) leads[i] = r.leads().get(i).samples();
        int[] direct = QrsDetector.detect(leads, 500, QrsConfig.defaults());
        long[] before = QrsPeaks.memoStats();
        int[] first = QrsPeaks.detect(leads, 500, QrsConfig.defaults());
        float[][] copy = new float[12][];
        for (int i = 0; i < 12; i++) copy[i] = r.leads().get(i).samples();
        first[0] = -1; // callers get their own array
        int[] second = QrsPeaks.detect(copy, 500, QrsConfig.defaults());
        long[] after = QrsPeaks.memoStats();
        assertArrayEquals(direct, second);
        assertEquals(1, after[0] - before[0], "hits");
        assertEquals(1, after[1] - before[1], "misses");
        copy[3][100] += 0.5f; // one sample differs: detected again
        QrsPeaks.detect(copy, 500, QrsConfig.defaults());
        assertEquals(2, QrsPeaks.memoStats()[1] - before[1]);
        assertNotEquals(0, direct.length);
        for (Lead l : r.leads()) assertEquals(5000, l.length());
    }
}
