package org.enecg.signal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.enecg.io.LeadName;
import org.junit.jupiter.api.Test;

/** Each rule of the grading on hand-built measures: the grade and the code it gives, and nothing else. */
class QualityRulesTest {
    static final QualityRequirements TWELVE = QualityRequirements.twelveLeads(10);
    static final Orphanidou2015 SINUS = new Orphanidou2015(11, 66, 1.0, 1.1);

    static LeadQuality clean(String lead) { return new LeadQuality(lead, true, 0, 0.01, 0, 1.0, 1.2, 11, 1.0, 15, 0.6, 0.95); }

    static RecordMeasures record(UnaryOperator<LeadQuality> change, double seconds, Orphanidou2015 rhythm) {
        List<LeadQuality> leads = new ArrayList<>();
        for (LeadName n : LeadName.STANDARD_ORDER) leads.add(change.apply(clean(n.label())));
        return new RecordMeasures(500, seconds, leads, List.of(), rhythm);
    }

    static RecordQuality grade(RecordMeasures m) {
        return RecordQuality.of("r", QualityRules.reasons(m, TWELVE, QualitySettings.defaults()), m);
    }

    static LeadQuality with(LeadQuality l, double invalid, double flat, double clipped, double range, double amp, double bSqi, double basSqi,
                            boolean calibrated) {
        return new LeadQuality(l.lead(), calibrated, invalid, flat, clipped, range, amp, l.beats(), bSqi, l.kSqi(), l.pSqi(), basSqi);
    }

    static void assertGrade(QualityGrade grade, List<String> codes, RecordQuality q) {
        assertEquals(codes, q.codes(), q.reasonsText());
        assertEquals(grade, q.grade(), q.reasonsText());
    }

    @Test
    void aCleanRecordIsGoodWithoutReasons() {
        assertGrade(QualityGrade.GOOD, List.of(), grade(record(l -> l, 10, SINUS)));
    }

    @Test
    void lengthAgainstTheExpertsWindow() {
        assertGrade(QualityGrade.GOOD, List.of(), grade(record(l -> l, 10 - 1 / 500.0, SINUS)));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("short"), grade(record(l -> l, 8, SINUS)));
        assertGrade(QualityGrade.POOR, List.of("too_short"), grade(record(l -> l, 1, SINUS)));
    }

    @Test
    void leadProblemsAreAcceptableAndNameTheLead() {
        RecordQuality q = grade(record(l -> l.lead().equals("V3") ? with(l, 0, 1, 0, 0, Double.NaN, Double.NaN, Double.NaN, true)
                : l.lead().equals("V4") ? new LeadQuality("V4", true, 0.01, 0.01, 0.05, 1, 1.2, 11, 0.3, 3, 0.6, 0.1) : l, 10, SINUS));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("flat", "invalid_samples", "clipped", "noisy", "baseline_wander"), q);
        assertEquals("V3", q.reasons().get(0).lead());
        assertTrue(q.reasons().stream().skip(1).allMatch(r -> r.lead().equals("V4")), q.reasonsText());
    }

    @Test
    void detectorDisagreementOnAPeakedLeadIsNotNoise() {
        assertGrade(QualityGrade.GOOD, List.of(),
                grade(record(l -> l.lead().equals("aVF") ? new LeadQuality("aVF", true, 0, 0.3, 0, 0.4, 0.2, 14, 0.07, 18, 0.6, 0.94) : l, 10, SINUS)));
    }

    @Test
    void theRhythmLeadMustBeThereAndHoldASignal() {
        RecordQuality invalid = grade(record(l -> l.lead().equals("II") ? with(l, 1, 1, 0, 0, Double.NaN, Double.NaN, Double.NaN, true) : l, 10, SINUS));
        assertGrade(QualityGrade.POOR, List.of("rhythm_lead_unusable", "invalid_lead"), invalid);
        List<LeadQuality> noII = new ArrayList<>(record(l -> l, 10, SINUS).leads());
        noII.remove(1);
        RecordQuality missing = grade(new RecordMeasures(500, 10, noII, List.of(LeadName.II), SINUS));
        assertGrade(QualityGrade.POOR, List.of("missing_leads", "rhythm_lead_missing"), missing);
    }

    @Test
    void noUsableLeadOrNoGainIsPoorAndFewLeadsAcceptable() {
        assertGrade(QualityGrade.POOR, List.of("no_usable_lead", "flat"),
                grade(record(l -> with(l, 0, 1, 0, 0, Double.NaN, Double.NaN, Double.NaN, true), 10, new Orphanidou2015(0, Double.NaN, 10, Double.NaN))));
        assertGrade(QualityGrade.POOR, List.of("uncalibrated"), grade(record(l -> with(l, 0, 0.01, 0, 1, 1.2, 1, 0.95, false), 10, SINUS)));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("uncalibrated_lead"),
                grade(record(l -> l.lead().equals("V1") ? with(l, 0, 0.01, 0, 1, 1.2, 1, 0.95, false) : l, 10, SINUS)));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("few_leads", "flat"),
                grade(record(l -> l.lead().equals("I") || l.lead().equals("II") ? l : with(l, 0, 1, 0, 0, Double.NaN, Double.NaN, Double.NaN, true), 10, SINUS)));
    }

    @Test
    void beatsHeartRateAndPauses() {
        assertGrade(QualityGrade.POOR, List.of("no_beats"), grade(record(l -> l, 10, new Orphanidou2015(1, Double.NaN, 10, Double.NaN))));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("implausible_heart_rate"), grade(record(l -> l, 10, new Orphanidou2015(45, 270, 0.3, 1.1))));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("long_pause"), grade(record(l -> l, 10, new Orphanidou2015(5, 40, 4.0, 4))));
    }

    @Test
    void noiseOverTheLeadsByDetectorAgreement() {
        assertGrade(QualityGrade.ACCEPTABLE, List.of("noisy_record"), grade(record(l -> with(l, 0, 0.01, 0, 1, 1.2, 0.75, 0.95, true), 10, SINUS)));
        assertGrade(QualityGrade.POOR, List.of("too_noisy"), grade(record(l -> with(l, 0, 0.01, 0, 1, 1.2, 0.6, 0.95, true), 10, SINUS)));
    }

    @Test
    void amplitudesAThousandTimesOffAreWrongUnits() {
        assertGrade(QualityGrade.POOR, List.of("units_too_large"), grade(record(l -> with(l, 0, 0.01, 0, 900, 700, 1, 0.95, true), 10, SINUS)));
        assertGrade(QualityGrade.ACCEPTABLE, List.of("amplitude_high"), grade(record(l -> with(l, 0, 0.01, 0, 12, 10, 1, 0.95, true), 10, SINUS)));
        assertGrade(QualityGrade.POOR, List.of("units_too_small"), grade(record(l -> with(l, 0, 0.01, 0, 0.001, 0.0007, 1, 0.95, true), 10, SINUS)));
    }

    @Test
    void theGradeIsTheWorstReasonAndSettingsAreChecked() {
        QualityReason a = QualityReason.record("x", QualityGrade.ACCEPTABLE, "a");
        assertThrows(IllegalArgumentException.class, () -> new RecordQuality("r", QualityGrade.GOOD, List.of(a), null));
        assertEquals(QualityGrade.POOR, RecordQuality.unreadable("r", "no file").grade());
        assertThrows(IllegalArgumentException.class, () -> QualityReason.record("Bad Code", QualityGrade.GOOD, "x"));
        assertThrows(IllegalArgumentException.class, () -> new QualityRequirements(0, List.of(), LeadName.II));
    }
}
