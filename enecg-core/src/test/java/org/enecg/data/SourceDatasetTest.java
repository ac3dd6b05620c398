package org.enecg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Source databases of records, and how model cards' training_data entries name them. */
class SourceDatasetTest {

    @Test
    void everyBundledRecordHasItsSource() throws Exception {
        Manifest m = Manifest.read(Path.of("data/bundled/manifest.csv"));
        Map<SourceDataset, Integer> n = new TreeMap<>();
        for (ManifestRow r : m.rows()) n.merge(SourceDataset.of(r).orElseThrow(() -> new AssertionError(r.recordId())), 1, Integer::sum);
        // counts from data/bundled/cinc2020-2021/MANIFEST.md (record name ranges per source) and LUDB's 200
        Map<SourceDataset, Integer> expected = new TreeMap<>(Map.of(SourceDataset.LUDB, 200, SourceDataset.CPSC2018, 10,
                SourceDataset.CPSC2018_EXTRA, 10, SourceDataset.GEORGIA, 30, SourceDataset.PTB_XL, 20, SourceDataset.PTB, 10,
                SourceDataset.CHAPMAN_SHAOXING, 10, SourceDataset.NINGBO, 30));
        assertEquals(expected, n);
    }

    @Test
    void recognisesPathsAndChallengeRecordNames() {
        assertEquals(Optional.of(SourceDataset.MIT_BIH), SourceDataset.of(row("100", "/data/mitdb/1.0.0/100")));
        assertEquals(Optional.of(SourceDataset.MIMIC_IV_ECG), SourceDataset.of(row("40689238", "files/p1000/p10000032/s40689238/40689238")));
        assertEquals(Optional.of(SourceDataset.INCART), SourceDataset.of(row("I01", "training/st_petersburg_incart/I01")));
        assertEquals(Optional.of(SourceDataset.CHAPMAN_SHAOXING), SourceDataset.of(row("JS10646", "x/JS10646")));
        assertEquals(Optional.of(SourceDataset.NINGBO), SourceDataset.of(row("JS10647", "x/JS10647")));
        assertEquals(Optional.empty(), SourceDataset.of(row("r1", "my/own/record")), "unknown stays unknown");
        assertEquals(Optional.empty(), SourceDataset.of(row("Ax1", "my/Ax1")));
    }

    @Test
    void cardEntriesNameTheirDatabasesAndNoOthers() {
        // the entries of the three pretrained models' cards
        assertTrue(SourceDataset.CPSC2018.namedBy("CinC 2020: CPSC2018"));
        assertFalse(SourceDataset.CPSC2018.namedBy("CinC 2020: CPSC2018-Extra"));
        assertTrue(SourceDataset.CPSC2018_EXTRA.namedBy("CinC 2020: CPSC2018-Extra"));
        assertTrue(SourceDataset.GEORGIA.namedBy("CinC 2020: Georgia (G12EC)"));
        assertTrue(SourceDataset.PTB_XL.namedBy("PTB-XL (inferred from the label set and file name; see MANIFEST.md)"));
        assertFalse(SourceDataset.PTB.namedBy("PTB-XL (inferred from the label set and file name; see MANIFEST.md)"));
        assertFalse(SourceDataset.PTB.namedBy("CinC 2020: PTB-XL"));
        assertTrue(SourceDataset.MIT_BIH.namedBy("MIT-BIH Arrhythmia Database"));
        assertFalse(SourceDataset.MIT_BIH.namedBy("MIT-BIH Supraventricular Arrhythmia Database"));
        assertTrue(SourceDataset.SVDB.namedBy("MIT-BIH Supraventricular Arrhythmia Database"));
        assertTrue(SourceDataset.INCART.namedBy("St Petersburg INCART 12-lead Arrhythmia Database"));
        for (SourceDataset s : SourceDataset.values()) assertEquals(s == SourceDataset.LUDB, s.namedBy("LUDB"), s.toString());
        // a whole challenge names each of its databases
        assertTrue(SourceDataset.PTB.namedBy("PhysioNet/CinC Challenge 2020"));
        assertFalse(SourceDataset.NINGBO.namedBy("CinC 2020"), "Ningbo joined in 2021");
        assertTrue(SourceDataset.NINGBO.namedBy("CinC 2021"));
        assertFalse(SourceDataset.LUDB.namedBy("CinC 2021"));
        assertFalse(SourceDataset.recognised("Hospital X private cohort"));
        assertTrue(SourceDataset.recognised("Lobachevsky University Electrocardiography Database"));
    }

    private static ManifestRow row(String id, String path) {
        return new ManifestRow(id, id, path, 500, 5000, java.util.List.of(), Map.of());
    }
}
