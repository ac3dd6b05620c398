package org.enecg.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;

/**
 * Every bundled record loads strictly: file lengths and all 12 checksums per record verified (a mismatch would
 * throw). Expected sizes come from each dataset's MANIFEST.md.
 */
class BundledRecordsTest {

    private static List<Path> headers(String dataset) throws IOException {
        try (Stream<Path> s = Files.walk(Fixtures.bundled(dataset))) {
            return s.filter(p -> p.toString().endsWith(".hea")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void all200LudbRecordsLoadWithMatchingChecksums() throws IOException {
        List<Path> hs = headers("ludb");
        assertEquals(200, hs.size());
        for (Path h : hs) {
            DigitalRecord d = WfdbReader.readDigital(h, ReadOptions.defaults());
            assertEquals(12, d.signals().size(), h.toString());
            for (DigitalSignal s : d.signals()) {
                assertTrue(s.computedChecksum().isPresent(), h + " " + s.spec().description() + ": checksum not verified");
                assertFalse(s.checksumMismatch(), h + " " + s.spec().description());
            }
            Record r = RecordConverter.toRecord(d, FrameMode.SMOOTH);
            assertEquals(500.0, r.fs(), h.toString());
            assertEquals(5000, r.nSamples(), h.toString());
            assertEquals(LeadName.STANDARD_ORDER, r.leadNames(), h.toString());
        }
    }

    @Test
    void all120CincRecordsLoadWithMatchingChecksums() throws IOException {
        List<Path> hs = headers("cinc2020-2021");
        assertEquals(120, hs.size());
        int at1000 = 0;
        for (Path h : hs) {
            DigitalRecord d = WfdbReader.readDigital(h, ReadOptions.defaults());
            assertEquals(12, d.signals().size(), h.toString());
            for (DigitalSignal s : d.signals()) {
                assertTrue(s.computedChecksum().isPresent(), h + " " + s.spec().description() + ": checksum not verified");
                assertFalse(s.checksumMismatch(), h + " " + s.spec().description());
                assertEquals(d.signals().get(0).spec().format(), SignalFormat.FMT_16);
            }
            Record r = RecordConverter.toRecord(d, FrameMode.SMOOTH);
            assertEquals(LeadName.STANDARD_ORDER, r.leadNames(), h.toString());
            if (r.fs() == 1000.0) at1000++;
            else assertEquals(500.0, r.fs(), h.toString());
        }
        assertEquals(10, at1000, "PTB records at 1000 Hz (MANIFEST: 110 at 500 Hz, 10 at 1000 Hz)");
    }

    @Test
    void ludbRecordOneInMillivolts() throws IOException {
        // 1.hea lead i: gain 1716, baseline 6, initial value -120 -> first sample (-120 - 6) / 1716 mV.
        Record r = WfdbReader.read(Fixtures.bundled("ludb/data/1"));
        assertEquals((-120 - 6) / 1716.0, r.leads().get(0).sample(0), 1e-7);
        assertEquals("i", r.leads().get(0).originalName());
        assertEquals("51", r.comments().get(0).replace("<age>:", "").strip());
    }
}
