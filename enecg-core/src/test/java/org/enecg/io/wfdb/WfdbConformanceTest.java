package org.enecg.io.wfdb;

import static org.enecg.io.wfdb.ConformanceAssert.PRINTED;
import static org.enecg.io.wfdb.ConformanceAssert.cFrameMeans;
import static org.enecg.io.wfdb.ConformanceAssert.digitalEquals;
import static org.enecg.io.wfdb.ConformanceAssert.leadEquals;
import static org.enecg.io.wfdb.ConformanceAssert.physical;
import static org.enecg.io.wfdb.ConformanceAssert.physicalEquals;
import static org.enecg.io.wfdb.Fixtures.column;
import static org.enecg.io.wfdb.Fixtures.sample;
import static org.enecg.io.wfdb.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.Arrays;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;

/**
 * Every case of the wfdb-python conformance set whose files are in the repository, against the output of the
 * WFDB C tools (rdsamp 10.5.24). The command behind each expected file is in the README beside the fixtures.
 * Digital samples must match exactly; physical values within the 8 printed decimals (doubles) or float
 * precision on top of that ({@code Record} leads).
 */
class WfdbConformanceTest {

    private static DigitalRecord digital(String record, long from, long to) throws IOException {
        return WfdbReader.readDigital(sample(record), ReadOptions.defaults().range(from, to));
    }

    @Test
    void readsFormat16WholeRecordDigital() throws IOException { // record-1a
        DigitalRecord d = digital("test01_00s", 0, -1);
        double[][] t = table("record-1a");
        assertEquals(4, d.signals().size());
        for (int c = 0; c < 4; c++) {
            digitalEquals(column(t, c), d.signals().get(c).samples(), d.signals().get(c).length(), "test01_00s signal " + c);
        }
    }

    @Test
    void readsMatFileWithByteOffsetRangePhysical() throws IOException { // record-1b
        DigitalRecord d = digital("a103l", 12500, 40000);
        Record r = WfdbReader.read(sample("a103l"), ReadOptions.defaults().range(12500, 40000));
        double[][] t = table("record-1b.gz");
        int[] channels = {2, 0};
        for (int k = 0; k < channels.length; k++) {
            physicalEquals(column(t, k), physical(d.signals().get(channels[k])), PRINTED, "a103l signal " + channels[k]);
            leadEquals(column(t, k), r, channels[k], 0, "a103l lead " + channels[k]);
        }
    }

    @Test
    void readsMatFileFromSample20000Digital() throws IOException { // record-1c
        DigitalRecord d = digital("a103l", 20000, -1);
        double[][] t = table("record-1c.gz");
        for (int c = 0; c < 2; c++) digitalEquals(column(t, c), d.signals().get(c).samples(), d.signals().get(c).length(), "a103l " + c);
    }

    @Test
    void readsFormat80RangePhysical() throws IOException { // record-1d
        DigitalRecord d = digital("3000003_0003", 125, 1000);
        physicalEquals(column(table("record-1d"), 0), physical(d.signals().get(1)), PRINTED, "3000003_0003 signal 1");
    }

    @Test
    void readsEveryBinaryFormatInItsOwnFile() throws IOException { // record-1f
        double[][] t = table("record-1f.gz");
        DigitalRecord d = digital("binformats", 0, -1);
        assertEquals(10, d.signals().size());
        for (int c = 0; c < 10; c++) {
            DigitalSignal s = d.signals().get(c);
            digitalEquals(column(t, c), s.samples(), s.length(), "binformats format " + s.spec().format());
        }
        // Partial reads must decode from the middle of packed groups (and integrate format 8 from the start).
        for (int from = 0; from < 3; from++) {
            for (int to = t.length - 3; to < t.length; to++) {
                DigitalRecord part = digital("binformats", from, to);
                for (int c = 0; c < 10; c++) {
                    double[] want = Arrays.copyOfRange(column(t, c), from, to);
                    DigitalSignal s = part.signals().get(c);
                    digitalEquals(want, s.samples(), s.length(), "binformats format " + s.spec().format() + " [" + from + "," + to + ")");
                }
            }
        }
    }

    @Test
    void readsFormat212RangeOfOneSignalDigital() throws IOException { // record-2b
        DigitalRecord d = digital("100", 1, 10800);
        DigitalSignal v5 = d.signals().get(1);
        assertEquals("V5", v5.spec().description());
        digitalEquals(column(table("record-2b"), 0), v5.samples(), v5.length(), "100 V5");
    }

    @Test
    void readsFormat212WithOddSampleCountPhysical() throws IOException { // record-2c
        DigitalRecord d = digital("100_3chan", 0, -1);
        Record r = WfdbReader.read(sample("100_3chan"));
        double[][] t = table("record-2c");
        for (int c = 0; c < 3; c++) {
            physicalEquals(column(t, c), physical(d.signals().get(c)), PRINTED, "100_3chan signal " + c);
            leadEquals(column(t, c), r, c, 0, "100_3chan lead " + c);
        }
    }

    @Test
    void readsFormat310FromSample2Digital() throws IOException { // record-2d
        DigitalRecord d = digital("310derive", 2, -1);
        double[][] t = table("record-2d");
        for (int c = 0; c < d.signals().size(); c++) {
            digitalEquals(column(t, c), d.signals().get(c).samples(), d.signals().get(c).length(), "310derive " + c);
        }
    }

    @Test
    void readsFormat311RangePhysical() throws IOException { // record-2e
        DigitalRecord d = digital("311derive", 1, 978);
        physicalEquals(column(table("record-2e"), 0), physical(d.signals().get(0)), PRINTED, "311derive");
    }

    @Test
    void readsSignalsSpreadOverTwoFilesPhysical() throws IOException { // record-3b
        DigitalRecord d = digital("s0010_re", 5000, 38000);
        double[][] t = table("record-3b.gz");
        int[] channels = {13, 0, 4, 8, 3};
        for (int k = 0; k < channels.length; k++) {
            physicalEquals(column(t, k), physical(d.signals().get(channels[k])), PRINTED, "s0010_re signal " + channels[k]);
        }
    }

    @Test
    void readsSkewAndSamplesPerFrameDigital() throws IOException { // record-4a
        DigitalRecord d = digital("test01_00s_skewframe", 0, -1);
        double[][] t = table("record-4a");
        // rdsamp stops where the skewed signal runs out (3 frames early); the reader marks those samples invalid.
        for (int c = 0; c < 3; c++) {
            int[] frames = cFrameMeans(d.signals().get(c));
            digitalEquals(column(t, c), frames, t.length, "test01_00s_skewframe signal " + c);
        }
        int[] skewed = d.signals().get(0).samples();
        for (int i = skewed.length - 3; i < skewed.length; i++) assertEquals(SignalFormat.FMT_16.invalidValue(), skewed[i]);
    }

    @Test
    void readsFormat212FourSamplesPerFrameWithSkewDigital() throws IOException { // record-4b
        DigitalRecord d = digital("03700181", 0, -1);
        double[][] t = table("record-4b.gz");
        for (int c = 0; c < 3; c++) digitalEquals(column(t, c), cFrameMeans(d.signals().get(c)), t.length, "03700181 signal " + c);
    }

    @Test
    void readsFormat212FourSamplesPerFrameRangePhysical() throws IOException { // record-4c
        DigitalRecord d = digital("03700181", 1000, 16000);
        double[][] t = table("record-4c.gz");
        int[] channels = {0, 2};
        for (int k = 0; k < 2; k++) {
            DigitalSignal s = d.signals().get(channels[k]);
            int[] frames = cFrameMeans(s);
            double[] phys = new double[frames.length];
            for (int i = 0; i < phys.length; i++) phys[i] = RecordConverter.physical(s.spec(), frames[i]);
            physicalEquals(column(t, k), phys, PRINTED, "03700181 signal " + channels[k]);
        }
        // The Record averages in physical units without C's truncation: within one ADC step of rdsamp.
        Record r = WfdbReader.read(sample("03700181"), ReadOptions.defaults().range(1000, 16000));
        float[] mcl1 = r.leads().get(0).samples();
        double step = 1 / d.signals().get(0).spec().adcGain();
        physicalEquals(column(t, 0), toDouble(mcl1), step + 1e-6, "03700181 smoothed MCL1");
    }

    @Test
    void expandsFramesToTheHighestRatePhysical() throws IOException { // record-4d
        Record r = WfdbReader.read(sample("test01_00s_skewframe"), ReadOptions.defaults().frames(FrameMode.EXPAND));
        assertEquals(1000.0, r.fs());
        assertEquals(8000, r.nSamples());
        double[][] t = table("record-4d.gz");
        for (int c = 0; c < 3; c++) leadEquals(column(t, c), r, c, 0, "test01_00s_skewframe expanded lead " + c);
    }

    @Test
    void readsFixedLayoutMultiSegmentRecordAcrossSegmentsPhysical() throws IOException { // record-multi-fixed-c
        Record r = WfdbReader.read(sample("multi-segment/fixed1/v102s"), ReadOptions.defaults().range(70000, 80000));
        double[][] t = table("record-multi-fixed-c.gz");
        int[] channels = {1, 0, 3};
        for (int k = 0; k < 3; k++) leadEquals(column(t, k), r, channels[k], 0, "v102s lead " + channels[k]);
    }

    @Test
    void readsMultiFrequencyMultiSegmentRecordExpandedDigital() throws IOException { // record-multi-fixed-d
        DigitalRecord d = WfdbReader.readDigital(sample("multi-segment/041s/041s"), ReadOptions.defaults());
        double[][] t = table("record-multi-fixed-d.gz");
        int[] channels = {3, 2, 1};
        for (int k = 0; k < 3; k++) {
            DigitalSignal s = d.signals().get(channels[k]);
            int rep = 4 / s.sampsPerFrame();
            int[] expanded = new int[s.length() * rep];
            for (int i = 0; i < expanded.length; i++) expanded[i] = s.sample(i / rep);
            digitalEquals(column(t, k), expanded, expanded.length, "041s signal " + channels[k]);
        }
    }

    @Test
    void readsVariableLayoutRecordWithinOneSegmentPhysical() throws IOException { // record-multi-variable-a
        Record r = WfdbReader.read(sample("multi-segment/s00001/s00001-2896-10-10-00-31"),
                ReadOptions.defaults().range(14428365, 14428375));
        double[][] t = table("record-multi-variable-a");
        assertEquals(4, r.nLeads());
        for (int c = 0; c < 4; c++) leadEquals(column(t, c), r, c, 0, "s00001 lead " + c);
    }

    @Test
    void readsVariableLayoutRecordWithNullSegmentsDigital() throws IOException { // record-multi-variable-d
        DigitalRecord d = WfdbReader.readDigital(sample("multi-segment/p000878/p000878-2137-10-26-16-57"),
                ReadOptions.defaults().range(3550, 7500));
        double[][] t = table("record-multi-variable-d");
        for (int c = 0; c < 2; c++) {
            DigitalSignal s = d.signals().get(c);
            digitalEquals(column(t, c), s.samples(), s.length(), "p000878 " + s.spec().description());
        }
        assertFalse(d.signals().get(0).spec().isNull(), "PLETH takes the segments' format 80");
    }

    @Test
    void skewInsertedIntoRecord100ShiftsOneSignalAndKeepsItsChecksum() throws IOException {
        // 100skew.hea is 100.hea with skew 3 on V5; the spec keeps the checksum unchanged by a skew.
        DigitalRecord plain = digital("100", 0, -1);
        DigitalRecord skewed = digital("100skew", 0, -1);
        assertFalse(skewed.signals().get(1).checksumMismatch());
        int[] v5 = plain.signals().get(1).samples(), v5s = skewed.signals().get(1).samples();
        assertEquals(Arrays.toString(Arrays.copyOfRange(v5, 3, 650000)), Arrays.toString(Arrays.copyOfRange(v5s, 0, 649997)));
        assertEquals(SignalFormat.FMT_212.invalidValue(), v5s[649999]);
        assertEquals(Arrays.toString(plain.signals().get(0).samples()), Arrays.toString(skewed.signals().get(0).samples()));
    }

    @Test
    void headerWithoutLengthTakesItFromTheSignalFile() throws IOException {
        DigitalRecord full = digital("100", 0, -1);
        DigitalRecord noLen = digital("100-no-len", 0, -1);
        assertEquals(650000, noLen.nFrames());
        assertEquals(Arrays.toString(full.signals().get(0).samples()).hashCode(),
                Arrays.toString(noLen.signals().get(0).samples()).hashCode());
        assertEquals(82500, digital("a103l-no-len", 0, -1).nFrames());
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }
}
