package org.enecg.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of the record and signal lines, defaults, and comments. */
class HeaderParserTest {
    private static final Path SRC = Path.of("x.hea");

    private static WfdbHeader parse(String text) throws WfdbFormatException { return HeaderParser.parse(text, SRC); }

    @Test
    void readsEveryFieldOfASignalLineWithAllModifiers() throws WfdbFormatException {
        WfdbHeader h = parse("x 1 500/1000(12.5) 5000 13:05:00.250 25/4/1989\n"
                + "sig.dat 16x2:100+512 200.5(-7)/uV 12 2048 -3 -1279 512 Lead V1 (chest)\n");
        RecordLine r = h.record();
        assertEquals("x", r.name());
        assertEquals(1, r.nSignals());
        assertEquals(500.0, r.fs());
        assertEquals(1000.0, r.counterFrequency());
        assertEquals(12.5, r.baseCounter());
        assertEquals(5000, r.nSamples());
        assertEquals("13:05:00.250", r.baseTime());
        assertEquals("25/4/1989", r.baseDate());
        SignalSpec s = h.signals().get(0);
        assertEquals("sig.dat", s.fileName());
        assertEquals(SignalFormat.FMT_16, s.format());
        assertEquals(2, s.sampsPerFrame());
        assertEquals(100, s.skew());
        assertEquals(512, s.byteOffset());
        assertEquals(200.5, s.adcGain());
        assertTrue(s.calibrated());
        assertEquals(-7, s.baseline());
        assertEquals("uV", s.units());
        assertEquals(12, s.adcRes());
        assertEquals(2048, s.adcZero());
        assertEquals(-3, s.initValue());
        assertEquals(-1279, s.checksum().getAsInt());
        assertEquals(512, s.blockSize());
        assertEquals("Lead V1 (chest)", s.description());
        assertEquals(2, s.line());
    }

    @Test
    void cincChallengeSpellingsParse() throws WfdbFormatException {
        WfdbHeader h = parse("E07500 3 500 5000\n"
                + "E07500.mat 16x1+24 1000.0(0)/mV 16 0 -68 1250 0 I\n"
                + "E07500.mat 16+24 1000/mv 16 0 -58 -5598 0 II\n"
                + "E07500.mat 16+24 1.052e+04/mV 16 0 9 -6996 0 III\n"
                + "# Age: 78\n#Sex: Male\n");
        assertEquals(24, h.signals().get(0).byteOffset());
        assertEquals(1, h.signals().get(0).sampsPerFrame());
        assertEquals(0, h.signals().get(0).baseline());
        assertEquals("mv", h.signals().get(1).units());
        assertEquals(10520.0, h.signals().get(2).adcGain());
        assertEquals(List.of("Age: 78", "Sex: Male"), h.comments());
    }

    @Test
    void missingFieldsTakeTheSpecsDefaults() throws WfdbFormatException {
        WfdbHeader h = parse("x 2\n100.dat 212\n100.dat 212 200(1024) 11 1024\n");
        RecordLine r = h.record();
        assertEquals(HeaderDefaults.SAMPLING_FREQUENCY, r.fs());
        assertFalse(r.fsGiven());
        assertEquals(r.fs(), r.counterFrequency());
        assertFalse(r.lengthKnown());
        SignalSpec a = h.signals().get(0);
        assertEquals(200.0, a.adcGain());
        assertFalse(a.calibrated());
        assertEquals("mV", a.units());
        assertEquals(12, a.adcRes());
        assertEquals(0, a.adcZero());
        assertEquals(0, a.baseline());
        assertEquals(0, a.initValue());
        assertTrue(a.checksum().isEmpty());
        assertEquals("signal 0", a.description());
        SignalSpec b = h.signals().get(1);
        assertEquals(1024, b.baseline());
        assertEquals(1024, b.initValue(), "initial value defaults to the ADC zero");
        assertEquals("signal 1", b.description());
    }

    @Test
    void differenceFormatDefaultsToTenBitResolution() throws WfdbFormatException {
        assertEquals(10, parse("x 1 250 10\nd0 8 100\n").signals().get(0).adcRes());
    }

    @Test
    void multiSegmentHeaderListsSegmentsAndNullSegments() throws WfdbFormatException {
        WfdbHeader h = parse("multi/3 2 360 45000\n100s 21600\n~ 1800\n100s 21600\n");
        assertTrue(h.isMultiSegment());
        assertEquals(3, h.segments().size());
        assertTrue(h.segments().get(1).isNull());
        assertEquals(1800, h.segments().get(1).nSamples());
        assertEquals(0, h.signals().size());
    }

    @Test
    void commentsAnywhereAreKeptInOrderAndExtraSignalLinesIgnored() throws WfdbFormatException {
        WfdbHeader h = parse("# first\r\nx 1 250 10\r\n#between\r\na.dat 16 200 12 0 0 0 0 A\r\nb.dat 16\r\n# 69 M 1085\r\n");
        assertEquals(List.of("first", "between", "69 M 1085"), h.comments());
        assertEquals(1, h.signals().size());
    }

    @Test
    void tooFewSignalLinesIsAnError() {
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> parse("x 3 250 10\na.dat 16\n"));
        assertTrue(e.getMessage().contains("declares 3 signals but the header has 1"), e.getMessage());
    }

    @Test
    void negativeOrNonNumericRecordFieldsAreErrors() {
        assertThrows(WfdbFormatException.class, () -> parse("x -1 250\n"));
        assertThrows(WfdbFormatException.class, () -> parse("x 1 0\na 16\n"));
        assertThrows(WfdbFormatException.class, () -> parse("x/0 1 250\n"));
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> parse("x 1 250 10\na 16x0\n"));
        assertTrue(e.getMessage().contains("samples per frame must be at least 1"), e.getMessage());
        e = assertThrows(WfdbFormatException.class, () -> parse("x 1 250 10\na 16q\n"));
        assertTrue(e.getMessage().contains("format field '16q'"), e.getMessage());
    }

    @Test
    void everyBundledAndSampleHeaderParses() throws IOException {
        for (String name : List.of("100", "100skew", "03700181", "s0010_re", "binformats", "flacformats", "mixedsignals",
                "12726", "1003", "test01_00s_skewframe", "multi-segment/s00001/s00001-2896-10-10-00-31")) {
            WfdbHeader h = HeaderParser.parse(Fixtures.sample(name + ".hea"));
            assertFalse(h.record().name().isEmpty(), name);
        }
        WfdbHeader skew = HeaderParser.parse(Fixtures.sample("03700181.hea"));
        assertEquals(4, skew.signals().get(2).skew());
        assertEquals("MCL1", skew.signals().get(0).description(), "trailing spaces are not part of the description");
    }
}
