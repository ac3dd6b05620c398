package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enecg.data.MachineReport;
import org.enecg.data.ReportLabel;
import org.junit.jupiter.api.Test;

/** The MIMIC-IV tables of the fixture (src/test/resources/.../mimic-iv-ecg/README.md), read by streaming. */
class MimicTablesTest {
    static final Path FIXTURE = Path.of("enecg-core/src/test/resources/org/enecg/data/importer/mimic-iv-ecg");

    @Test
    void machineMeasurementsKeepStatementsInOrderAndOnlyWantedStudies() throws IOException {
        Map<String, MimicTables.Measurements> m = MimicTables.measurements(FIXTURE.resolve("machine_measurements.csv"),
                Set.of("40000001", "40000004", "40000003"));
        assertEquals(Set.of("40000001", "40000004"), m.keySet(), "40000003 has no report; 40000002 not asked for");
        assertEquals(18, m.get("40000001").statements().size());
        assertEquals("Sinus bradycardia", m.get("40000001").statements().get(0));
        assertEquals(ReportLabel.SINUS_BRADYCARDIA, MachineReport.classify(m.get("40000001").statements()).orElseThrow());
        assertEquals("29999", m.get("40000004").values().get("p_onset"));
        assertEquals("1323", m.get("40000001").values().get("rr_interval"));
    }

    @Test
    void potassiumKeepsBothItemidsAndDropsOtherLabs() throws IOException {
        Map<String, List<MimicTables.Lab>> k = MimicTables.potassium(FIXTURE.resolve("hosp/labevents.csv"),
                Set.of("10000001", "10000002"));
        assertEquals(3, k.get("10000001").size(), "sodium (50983) is not potassium");
        assertEquals("50822", k.get("10000002").get(0).itemid());
        assertEquals(LocalDateTime.of(2180, 7, 23, 6, 44), k.get("10000001").get(0).time());
    }

    @Test
    void patientsAreReadByColumnName() throws IOException {
        Map<String, MimicTables.Patient> p = MimicTables.patients(FIXTURE.resolve("hosp/patients.csv"), Set.of("10000002", "10010004"));
        assertEquals(Set.of("10000002"), p.keySet());
        assertEquals(new MimicTables.Patient("64", "2150", "M"), p.get("10000002"));
    }
}
