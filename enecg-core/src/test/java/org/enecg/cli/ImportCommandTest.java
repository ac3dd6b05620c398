package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enecg.data.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    static final Path FIXTURE = Path.of("enecg-core/src/test/resources/org/enecg/data/importer/mimic-iv-ecg");
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = EnecgCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void importsTheMimicFixtureAndPrintsTheSummary() throws IOException {
        Path m = dir.resolve("m.csv");
        int code = run("import", "--format", "mimic-iv-ecg", FIXTURE.toString(), "--out", m.toString(),
                "--patients", FIXTURE.resolve("hosp/patients.csv").toString(),
                "--labevents", FIXTURE.resolve("hosp/labevents.csv").toString());
        assertEquals(0, code, err.toString());
        String s = out.toString();
        assertTrue(s.startsWith("imported 5 record(s) from " + FIXTURE + " (format mimic-iv-ecg) -> " + m), s);
        assertTrue(s.contains("skipped 0 record(s)"), s);
        assertTrue(s.matches("(?s).*report_label\\s+4\\s+1\\s+0: 1, 1: 1, 3: 1, 5: 1\\n.*"), s);
        assertTrue(s.matches("(?s).*flag\\s+2\\s+3\\s+0: 1, 1: 1\\n.*"), s);
        Manifest back = Manifest.read(m);
        assertEquals(5, back.size());
        assertTrue(Files.exists(back.recordPath(back.rows().get(0)).resolveSibling("40000001.hea")));
    }

    @Test
    void recognisesTheFormatAndReportsSkippedRecordsButSucceeds() throws IOException {
        Path d = Files.createDirectories(dir.resolve("tree"));
        for (String e : new String[] {".hea", ".dat"}) Files.copy(Path.of("data/bundled/ludb/data/1" + e), d.resolve("1" + e));
        Files.copy(Path.of("data/bundled/ludb/data/2.hea"), d.resolve("2.hea"));
        int code = run("import", d.toString(), "--out", dir.resolve("m.csv").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("(format wfdb)"), out.toString());
        assertTrue(out.toString().contains("skipped 1 record(s):\n  " + d.resolve("2.hea") + ": "), out.toString());
    }

    @Test
    void printsTheQualityCountsAndEachPoorRecordWithItsReasons() throws IOException {
        Path d = Files.createDirectories(dir.resolve("quality"));
        Path fixtures = Path.of("enecg-core/src/test/resources/org/enecg/signal/quality");
        for (String e : new String[] {".hea", ".dat"}) {
            Files.copy(Path.of("data/bundled/ludb/data/1" + e), d.resolve("1" + e));
            for (String f : new String[] {"flat", "one-second", "two-leads"}) Files.copy(fixtures.resolve(f + e), d.resolve(f + e));
        }
        assertEquals(0, run("import", "--format", "wfdb", d.toString(), "--out", dir.resolve("q.csv").toString()), err.toString());
        String s = out.toString();
        assertTrue(s.contains("quality: good 1, acceptable 1, poor 2\n"), s);
        assertTrue(s.contains("quality reasons (records): few_leads 1, flat 1, missing_leads 1, no_usable_lead 1, too_short 1\n"), s);
        assertTrue(s.matches("(?s).*\\npoor \\S*flat: no_usable_lead: every lead is flat or invalid.*"), s);
        assertTrue(s.matches("(?s).*\\npoor \\S*one-second: too_short: 1.00 s recorded, the experts read 10.0 s\\n.*"), s);
    }

    @Test
    void nothingImportedIsExitCodeOneAndNoFile() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path m = dir.resolve("m.csv");
        assertEquals(1, run("import", "--format", "wfdb", empty.toString(), "--out", m.toString()));
        assertTrue(err.toString().contains("nothing could be imported"), err.toString());
        assertTrue(out.toString().contains("no WFDB header (.hea) files"), out.toString());
        assertFalse(Files.exists(m));
    }

    @Test
    void unreadableSourceIsOneLineOnStderr() {
        assertEquals(1, run("import", "--format", "ludb", dir.resolve("nope").toString(), "--out", dir.resolve("m.csv").toString()));
        assertTrue(err.toString().startsWith("enecg import: "), err.toString());
        assertTrue(err.toString().contains("ludb.csv"), err.toString());
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, run("import", "--format", "edf", dir.toString(), "--out", dir.resolve("m.csv").toString()));
        assertTrue(err.toString().contains("unknown format 'edf'"), err.toString());
    }
}
