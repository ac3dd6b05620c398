package org.enecg.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets an error that names the file and the problem. Fixtures are in
 * {@code bad/}, made from real records by {@code bad/make_bad_fixtures.py}.
 */
class BadInputTest {

    private static Path bad(String name) { return Fixtures.root().resolve("bad").resolve(name); }

    private static WfdbFormatException fails(String record, String... expectedParts) {
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbReader.read(bad(record)));
        for (String part : expectedParts) {
            assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should contain '" + part + "'");
        }
        return e;
    }

    @Test
    void truncatedSignalFileNamesFileAndSizes() {
        WfdbFormatException e = fails("truncated", "truncated.dat", "4,000 bytes", "header needs 4,496", "truncated");
        assertTrue(e.file().endsWith("truncated.dat"));
    }

    @Test
    void truncatedSignalFileCanBeReadLenientlyWithTheMissingTailInvalid() throws IOException {
        List<String> problems = new ArrayList<>();
        Record r = WfdbReader.read(bad("truncated"), ReadOptions.defaults().lenient(problems::add));
        assertEquals(999, r.nSamples());
        assertTrue(Float.isNaN(r.leads().get(2).sample(998)), "samples past the end of the file are invalid");
        assertFalse(Float.isNaN(r.leads().get(0).sample(0)));
        assertTrue(problems.get(0).contains("truncated.dat"), problems.toString());
    }

    @Test
    void rangePastTheEndOfATruncatedFileIsAnErrorUnlessLenient() throws IOException {
        // 4,000 bytes of format 212 hold 2,666 samples: 888 whole frames of 3 signals, of the header's 999
        WfdbFormatException e = assertThrows(WfdbFormatException.class,
                () -> WfdbReader.read(bad("truncated"), ReadOptions.defaults().range(900, 999)));
        for (String part : List.of("truncated.dat", "samples [900, 999)", "holds 888 of the header's 999 frames", "truncated")) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
        assertEquals(100, WfdbReader.read(bad("truncated"), ReadOptions.defaults().range(0, 100)).nSamples(), "inside the file: read");
        List<String> problems = new ArrayList<>();
        Record r = WfdbReader.read(bad("truncated"), ReadOptions.defaults().range(880, 999).lenient(problems::add));
        assertFalse(Float.isNaN(r.leads().get(0).sample(7)));
        assertTrue(Float.isNaN(r.leads().get(0).sample(8)), "lenient: frames past the end read as invalid");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void headerLengthShorterThanTheDataIsAMismatch() {
        fails("shortheader", "shortheader.dat", "header says", "900 frames", "does not describe this file");
    }

    @Test
    void corruptSampleIsAChecksumErrorNamingRecordAndSignal() {
        WfdbFormatException e = fails("corrupt", "corrupt.hea", "signal I", "checksum mismatch in corrupt.dat", "header says 43172");
        assertEquals("I", e.signal().orElseThrow());
        assertEquals(2, e.line().orElseThrow());
    }

    @Test
    void checksumMismatchCanBeReadLenientlyAndIsReported() throws IOException {
        List<String> problems = new ArrayList<>();
        Record r = WfdbReader.read(bad("corrupt"), ReadOptions.defaults().lenient(problems::add));
        assertEquals(3, r.nLeads());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("signal I"), problems.get(0));
    }

    @Test
    void unknownFormatListsTheSupportedOnes() {
        fails("unknownformat", "unknownformat.hea line 2", "unknown storage format 999", "supported: 0, 8, 16");
    }

    @Test
    void missingSignalFileNamesItAndTheFolder() {
        fails("missingfile", "missingfile.hea line 2", "signal file missingfile.dat not found in");
    }

    @Test
    void nonNumericHeaderFieldsNameFieldAndValue() {
        fails("badgain", "badgain.hea line 2 (signal I)", "adc gain 'abc' is not a number");
        fails("badfs", "badfs.hea line 1", "sampling frequency '360Hz' is not a number");
        fails("badlength", "badlength.hea line 1", "number of samples '9x9' is not an integer");
        fails("badadcres", "badadcres.hea line 2 (signal I)", "adc resolution 'eleven' is not an integer");
    }

    @Test
    void zeroGainMeansUncalibratedAndTheSpecsDefaultOf200() throws IOException {
        WfdbHeader h = WfdbReader.readHeader(bad("zerogain"));
        SignalSpec s = h.signals().get(0);
        assertEquals(200.0, s.adcGain());
        assertFalse(s.calibrated());
        Record r = WfdbReader.read(bad("zerogain"));
        assertEquals((995 - 1024) / 200.0, r.leads().get(0).sample(0), 1e-7);
    }

    @Test
    void negativeGainIsAnError() {
        fails("negativegain", "negativegain.hea line 2 (signal I)", "adc gain '-200' must be a non-negative number");
    }

    @Test
    void headerNamingAnotherRecordIsMislabelled() throws IOException {
        fails("mislabelled", "mislabelled.hea", "names record '100_3chan'", "mislabelled");
        List<String> problems = new ArrayList<>();
        assertEquals(999, WfdbReader.read(bad("mislabelled"), ReadOptions.defaults().lenient(problems::add)).nSamples());
        assertEquals(1, problems.size());
    }

    @Test
    void signalFileNamedOnNonConsecutiveLinesIsAnError() {
        fails("nonconsecutive", "nonconsecutive.hea line 4", "already named on line 2");
    }

    @Test
    void layoutNamingASignalTwiceIsAnError() {
        fails("duplayout", "duplayout_layout.hea line 3 (signal II)", "names signal 'II' twice");
    }

    @Test
    void goodSmallMatFileReads() throws IOException {
        Record r = WfdbReader.read(bad("tinymat"));
        assertEquals(100, r.nSamples());
        assertEquals(12, r.nLeads());
    }

    @Test
    void unreadableMatFilesSayWhy() {
        fails("v5mat", "v5mat.mat", "MATLAB v5/v7 file");
        fails("truncmat", "truncmat.mat", "truncated", "MATLAB header promises 12 × 100 int16");
        fails("doublemat", "doublemat.mat", "holds double values");
        fails("tinyheadmat", "tinyheadmat.mat", "12 bytes, shorter than the 20-byte MATLAB header");
    }

    @Test
    void emptyFolderHasNoRecord(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbReader.read(empty));
        assertTrue(e.getMessage().startsWith(empty.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("folder holds no WFDB header"), e.getMessage());
        assertThrows(WfdbFormatException.class, () -> WfdbReader.read(bad("noheaders")));
    }

    @Test
    void missingRecordNamesTheHeaderItLookedFor() {
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbReader.read(bad("nosuchrecord")));
        assertTrue(e.getMessage().contains("nosuchrecord.hea not found"), e.getMessage());
    }

    @Test
    void truncatedAnnotationFilesSayTruncated() {
        WfdbFormatException cut = assertThrows(WfdbFormatException.class, () -> AnnotationReader.read(bad("cut.atr")));
        assertTrue(cut.getMessage().contains("cut.atr") && cut.getMessage().contains("truncated"), cut.getMessage());
        WfdbFormatException odd = assertThrows(WfdbFormatException.class, () -> AnnotationReader.read(bad("odd.atr")));
        assertTrue(odd.getMessage().contains("odd length (1001 bytes)"), odd.getMessage());
    }

    @Test
    void emptyHeaderHasNoRecordLine(@TempDir Path dir) throws IOException {
        Path h = Files.writeString(dir.resolve("blank.hea"), "# only a comment\n\n");
        WfdbFormatException e = assertThrows(WfdbFormatException.class, () -> WfdbReader.readHeader(h));
        assertTrue(e.getMessage().contains("no record line"), e.getMessage());
    }
}
