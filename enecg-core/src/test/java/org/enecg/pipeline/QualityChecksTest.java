package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.enecg.cache.RecordRef;
import org.enecg.expert.GateInput;
import org.enecg.expert.builtin.RhythmExpert;
import org.enecg.io.LeadName;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.signal.quality.QualityGrade;
import org.enecg.signal.quality.QualityRequirements;
import org.enecg.signal.quality.RecordQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-input fixtures (made from the bundled LUDB record 2 by make_fixtures.py, see the README beside them) each get
 * the expected grade and reason; the record they were made from is good.
 */
class QualityChecksTest {
    static final Path DIR = Path.of("enecg-core/src/test/resources/org/enecg/signal/quality");

    static RecordQuality assess(Path header) {
        return QualityChecks.assess(new RecordRef("r", header, () -> WfdbReader.read(header)), QualityChecks.defaultRequirements());
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource({
            "flat, POOR, no_usable_lead",
            "one-second, POOR, too_short",
            "lead-ii-invalid, POOR, rhythm_lead_unusable",
            "two-leads-zero-filled, ACCEPTABLE, few_leads",
            "two-leads, ACCEPTABLE, missing_leads",
            "gain-zero, POOR, uncalibrated",
            "microvolts-as-millivolts, POOR, units_too_large",
            "millivolts-as-microvolts, POOR, units_too_small",
            "noise-3db, ACCEPTABLE, noisy_record",
            // since the QRS detector's robustness steps (issue 13) both detectors agree on 75 % of the beats at -5 dB: noisy, not unusable
            "noise-minus5db, ACCEPTABLE, noisy_record"})
    void eachFixtureGetsItsGradeAndReason(String fixture, QualityGrade grade, String code) {
        RecordQuality q = assess(DIR.resolve(fixture + ".hea"));
        assertEquals(grade, q.grade(), q.reasonsText());
        assertTrue(q.codes().contains(code), q.reasonsText());
    }

    @Test
    void theSourceRecordAndLowNoiseAreGood() {
        for (Path p : List.of(Path.of("data/bundled/ludb/data/2.hea"), DIR.resolve("noise-20db.hea"))) {
            RecordQuality q = assess(p);
            assertEquals(QualityGrade.GOOD, q.grade(), p + ": " + q.reasonsText());
            assertEquals(12, q.measures().leads().size());
            assertEquals(66, q.measures().rhythm().heartRateBpm(), 2, "LUDB 2: 11 beats in 10 s");
        }
    }

    @Test
    void aMissingFileIsPoorNamingTheFile() {
        RecordQuality q = assess(DIR.resolve("no-such-record.hea"));
        assertEquals(List.of(RecordQuality.UNREADABLE), q.codes());
        assertTrue(q.reasonsText().contains("no-such-record"), q.reasonsText());
    }

    @Test
    void requirementsComeFromTheExperts() {
        QualityRequirements gateOnly = QualityChecks.requirements(List.of(), GateInput.paperDefaults());
        assertEquals(List.of(LeadName.II), gateOnly.leads());
        assertEquals(10, gateOnly.seconds(), 1e-9, "the gate reads 10 s at 500 Hz");
        assertEquals(LeadName.II, gateOnly.rhythmLead());
        QualityRequirements rhythm = QualityChecks.requirements(List.of(new RhythmExpert()), null);
        assertEquals(LeadName.STANDARD_ORDER, rhythm.leads(), "the rhythm expert reads all twelve");
        assertEquals(QualityChecks.DEFAULT_SECONDS, rhythm.seconds(), 1e-9, "it reads the whole record: no window, the default");
        GateInput v1 = new GateInput(List.of(LeadName.V1), 250, 1250, org.enecg.expert.Normalisation.NONE);
        QualityRequirements noII = QualityChecks.requirements(List.of(v1), null);
        assertEquals(LeadName.V1, noII.rhythmLead(), "nothing reads lead II: the first lead read carries the rhythm");
        assertEquals(5, noII.seconds(), 1e-9, "1250 samples at 250 Hz");
    }
}
