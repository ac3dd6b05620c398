package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineReportTest {

    @Test
    void normalisesCasePunctuationAndAvSpellings() {
        assertEquals("consider acute st elevation mi", MachineReport.normalise("*** CONSIDER ACUTE ST ELEVATION MI ***"));
        assertEquals("sinus rhythm with 1st degree av block", MachineReport.normalise("Sinus rhythm with 1st degree A-V block."));
        assertEquals("sinus rhythm with pac s", MachineReport.normalise("Sinus rhythm with PAC(s)"));
        assertEquals(MachineReport.normalise("Sinus rhythm with first degree AV block"),
                MachineReport.normalise("SINUS RHYTHM WITH 1ST DEGREE A-V BLOCK"));
    }

    @Test
    void theFirstNonEmptyStatementDecides() {
        assertEquals(ReportLabel.SINUS_BRADYCARDIA,
                MachineReport.classify(List.of("Sinus bradycardia", "Left axis deviation", "Abnormal ECG")).orElseThrow());
        assertEquals(ReportLabel.ATRIAL_FIBRILLATION,
                MachineReport.classify(Arrays.asList("", null, "Atrial fibrillation", "Sinus rhythm")).orElseThrow());
        assertEquals(ReportLabel.OTHER, MachineReport.classify(List.of("Normal ECG", "Sinus rhythm")).orElseThrow(),
                "later statements are not read");
        assertTrue(MachineReport.classify(List.of("", " ")).isEmpty(), "no report: missing label, not 'other'");
    }

    @Test
    void aStatementContainingAClassIsNotThatClass() {
        assertEquals(ReportLabel.OTHER, MachineReport.classifyStatement("Sinus rhythm with PAC(s) and PVC(s)"));
        assertEquals(ReportLabel.OTHER, MachineReport.classifyStatement("Marked sinus bradycardia"));
    }
}
