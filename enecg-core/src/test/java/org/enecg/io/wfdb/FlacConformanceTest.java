package org.enecg.io.wfdb;

import static org.enecg.io.wfdb.ConformanceAssert.digitalEquals;
import static org.enecg.io.wfdb.Fixtures.column;
import static org.enecg.io.wfdb.Fixtures.sample;
import static org.enecg.io.wfdb.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FLAC formats 508, 516 and 524 against rdsamp, the checksums of a multi-rate FLAC record, and corruption. */
class FlacConformanceTest {

    @Test
    void readsAllThreeFlacFormatsDigital() throws IOException { // record-flac.gz
        DigitalRecord d = WfdbReader.readDigital(sample("flacformats"), ReadOptions.defaults());
        double[][] t = table("record-flac.gz");
        assertEquals(3, d.signals().size());
        for (int c = 0; c < 3; c++) {
            DigitalSignal s = d.signals().get(c);
            digitalEquals(column(t, c), s.samples(), s.length(), "flacformats format " + s.spec().format());
        }
        for (int from = 0; from < 3; from++) {
            for (int to = t.length - 3; to < t.length; to++) {
                DigitalRecord part = WfdbReader.readDigital(sample("flacformats"), ReadOptions.defaults().range(from, to));
                for (int c = 0; c < 3; c++) {
                    DigitalSignal s = part.signals().get(c);
                    digitalEquals(Arrays.copyOfRange(column(t, c), from, to), s.samples(), s.length(), "flacformats [" + from + "," + to + ")");
                }
            }
        }
    }

    @Test
    void readsThreeConstantChannelsOverMoreThan2To24Samples() throws IOException {
        // wfdb-python test_read_flac_longduration: 5,600,000 frames of 25 50 75 at gain 200 -> 0.125 0.25 0.375 mV.
        Record r = WfdbReader.read(sample("flac_3_constant"));
        assertEquals(5_600_000, r.nSamples());
        float[] want = {0.125f, 0.25f, 0.375f};
        for (int c = 0; c < 3; c++) {
            float[] s = r.leads().get(c).samples();
            for (int i = 0; i < s.length; i++) if (s[i] != want[c]) throw new AssertionError("lead " + c + " sample " + i + " is " + s[i]);
        }
    }

    @Test
    void multiRateFlacRecordMatchesEveryHeaderChecksum() throws IOException {
        DigitalRecord d = WfdbReader.readDigital(sample("mixedsignals"), ReadOptions.defaults());
        int checked = 0;
        for (DigitalSignal s : d.signals()) {
            assertTrue(s.spec().format().isFlac());
            assertTrue(s.computedChecksum().isPresent(), s.spec().description());
            assertFalse(s.checksumMismatch(), s.spec().description());
            checked++;
        }
        assertEquals(d.header().signals().size(), checked);
        assertTrue(d.maxSampsPerFrame() > 1);
    }

    @Test
    void corruptFlacFrameFailsItsCrc(@TempDir Path dir) throws IOException {
        byte[] b = Files.readAllBytes(sample("flacformats.d1"));
        b[b.length - 40] ^= 0x10;
        Files.write(dir.resolve("flacformats.d1"), b);
        Files.copy(sample("flacformats.d0"), dir.resolve("flacformats.d0"));
        Files.copy(sample("flacformats.d2"), dir.resolve("flacformats.d2"));
        Files.copy(sample("flacformats.hea"), dir.resolve("flacformats.hea"));
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbReader.read(dir.resolve("flacformats")));
        assertTrue(e.getMessage().contains("flacformats.d1") && e.getMessage().contains("CRC"), e.getMessage());
    }

    @Test
    void nonFlacFileInAFlacFormatIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.hea"), "x 1 250 10\nx.dat 516 200 16 0 0 0 0 A\n");
        Files.write(dir.resolve("x.dat"), new byte[20]);
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbReader.read(dir.resolve("x")));
        assertTrue(e.getMessage().contains("not a FLAC stream"), e.getMessage());
    }
}
