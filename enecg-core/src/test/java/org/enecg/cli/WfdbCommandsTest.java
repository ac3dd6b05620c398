package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code enecg info} and {@code enecg signals} with captured stdout and stderr. */
class WfdbCommandsTest {
    private static final String SAMPLES = "enecg-core/src/test/resources/org/enecg/io/wfdb/sample-data/";

    private static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void infoSummarisesALudbRecord() {
        CliRun r = run("info", "data/bundled/ludb/data/1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("record     1 (data/bundled/ludb/data/1.hea)"), r.out());
        assertTrue(r.out().contains("sampling   500 Hz"), r.out());
        assertTrue(r.out().contains("length     5,000 samples, 0:10.000 (10 s)"), r.out());
        assertTrue(r.out().contains("signals    12"), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.matches("\\s+3\\s+aVR\\s+avr\\s+1\\.dat\\s+16\\s+mV\\s+1368\\(-5\\)\\s+ok")), r.out());
        assertTrue(r.out().contains("checks     length and checksums ok"), r.out());
        assertTrue(r.out().contains("  Rhythm: Sinus bradycardia."), r.out());
    }

    @Test
    void infoReportsAChecksumMismatchWithoutFailing() {
        CliRun r = run("info", SAMPLES.replace("sample-data/", "bad/") + "corrupt.hea");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("MISMATCH (header 43172"), r.out());
        assertTrue(r.out().contains("checks     1 problem(s):"), r.out());
    }

    @Test
    void signalsRefusesAChecksumMismatchUnlessLenient() {
        String corrupt = SAMPLES.replace("sample-data/", "bad/") + "corrupt.hea";
        CliRun strict = run("signals", corrupt);
        assertEquals(1, strict.exit(), strict.out());
        assertTrue(strict.err().contains("checksum mismatch in corrupt.dat"), strict.err());
        CliRun lenient = run("signals", corrupt, "--lenient");
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().startsWith("warning: ") && lenient.err().contains("signal I"), lenient.err());
        assertTrue(lenient.lines().get(0).startsWith("sample,"), lenient.out());
        assertTrue(lenient.lines().size() > 1, lenient.out());
    }

    @Test
    void signalsPrintsRawValuesOfARange() {
        CliRun r = run("signals", SAMPLES + "100", "--raw", "--start", "5", "--end", "8");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("sample,II,V5", "5,995,1011", "6,995,1011", "7,995,1011"), r.lines());
    }

    @Test
    void signalsPrintsMillivoltsByDefault() {
        CliRun r = run("signals", SAMPLES + "100.hea", "--end", "2");
        assertEquals(0, r.exit(), r.err());
        // 100.hea: gain 200, baseline 1024; first samples 995 and 1011 -> -0.145 and -0.065 mV (rdsamp -P: record-2a).
        assertEquals(List.of("sample,II,V5", "0,-0.145,-0.065", "1,-0.145,-0.065"), r.lines());
    }

    @Test
    void signalsPrintsNaNForInvalidSamplesAndExpandsWithH() {
        CliRun r = run("signals", SAMPLES + "test01_00s_skewframe", "-H", "--start", "7990");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.lines();
        assertEquals("sample,ECG_1,ECG_2,ECG_3", lines.get(0));
        assertEquals(11, lines.size());
        assertTrue(lines.get(10).startsWith("7999,NaN,"), lines.get(10));
    }

    @Test
    void rawMultiRateRecordNeedsHighResolution() {
        CliRun r = run("signals", SAMPLES + "03700181", "--raw", "--end", "2");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("has 4 samples per frame; print its stored values with -H"), r.err());
        CliRun h = run("signals", SAMPLES + "03700181", "--raw", "-H", "--end", "8");
        assertEquals(0, h.exit(), h.err());
        assertEquals(9, h.lines().size());
    }

    @Test
    void errorsGoToStderrWithoutStackTraceUnlessVerbose() {
        CliRun r = run("signals", SAMPLES + "nosuchrecord");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("enecg: "), r.err());
        assertTrue(r.err().contains("nosuchrecord.hea not found"), r.err());
        assertFalse(r.err().contains("\tat org.enecg"), r.err());
        CliRun v = run("signals", "-v", SAMPLES + "nosuchrecord");
        assertTrue(v.err().contains("\tat org.enecg"), v.err());
    }

    @Test
    void endBeyondTheRecordIsAnError() {
        CliRun r = run("signals", SAMPLES + "100_3chan", "--end", "5000");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("beyond the record's 999 frames"), r.err());
    }

    @Test
    void formatsFloatsWithoutExponents() {
        assertEquals("0.00012", SignalsCommand.format(1.2e-4f));
        assertEquals("-0.145", SignalsCommand.format(-0.145f));
        assertEquals("NaN", SignalsCommand.format(Float.NaN));
    }
}
