package org.enecg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A manifest row against what its header says: every field that differs is named, nothing is cropped. */
class ManifestCheckTest {
    static final List<String> LEADS = List.of("I", "II", "III");
    static final ManifestCheck.RecordShape HEADER = new ManifestCheck.RecordShape(500, 10_000, true, LEADS);

    static ManifestRow row(double fs, int n, List<String> leads) {
        return new ManifestRow("r1", "s1", "r1", fs, n, leads, Map.of());
    }

    @Test
    void agreeingRowPasses() {
        assertEquals(Optional.empty(), ManifestCheck.mismatch(row(500, 10_000, LEADS), HEADER));
    }

    @Test
    void shorterWholeRecordRowIsAnErrorNotACrop() {
        String m = ManifestCheck.mismatch(row(500, 5000, LEADS), HEADER).orElseThrow();
        assertTrue(m.startsWith("manifest row r1 does not match its header: n_samples is 5000 in the manifest, 10000 in the header"), m);
        assertTrue(m.contains("start column"), m);
    }

    @Test
    void everyDifferingFieldIsNamed() {
        String m = ManifestCheck.mismatch(row(250, 12_000, List.of("I", "V1", "III")), HEADER).orElseThrow();
        assertTrue(m.contains("fs is 250 Hz in the manifest, 500 Hz in the header"), m);
        assertTrue(m.contains("n_samples is 12000 in the manifest, 10000 in the header"), m);
        assertTrue(m.contains("leads are I V1 III in the manifest, I II III in the header"), m);
    }

    @Test
    void leadOrderMatters() {
        assertTrue(ManifestCheck.mismatch(row(500, 10_000, List.of("II", "I", "III")), HEADER).isPresent());
    }

    @Test
    void emptyLeadsCellAndUnknownLengthAreNotChecked() {
        assertEquals(Optional.empty(), ManifestCheck.mismatch(row(500, 10_000, List.of()), HEADER));
        var noLength = new ManifestCheck.RecordShape(500, 0, false, LEADS);
        assertEquals(Optional.empty(), ManifestCheck.mismatch(row(500, 7, LEADS), noLength));
    }

    @Test
    void windowMayBeShorterButMustEndInsideTheRecord() {
        ManifestRow first = new ManifestRow("w0", "s", "r", 500, 5000, LEADS, Map.of(), 0, true);
        assertEquals(Optional.empty(), ManifestCheck.mismatch(first, HEADER));
        ManifestRow past = new ManifestRow("w2", "s", "r", 500, 5000, LEADS, Map.of(), 7500, true);
        assertTrue(ManifestCheck.mismatch(past, HEADER).orElseThrow().contains("the window [7500, 12500) runs past the header's 10000 samples"));
    }
}
