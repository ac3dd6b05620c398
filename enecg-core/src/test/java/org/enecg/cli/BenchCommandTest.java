package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code enecg bench} end to end on a few bundled records with one fast expert: every part, the report, no scratch left. */
class BenchCommandTest {

    private static String[] run(String... args) {
        CommandLine cl = EnecgCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void comparesCountsAndTimesPredictions(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("bench.md");
        String[] r = run("bench", "--records", "12", "--experts", "rhythm", "--tasks", "age,gender", "--epochs", "1", "--repeats", "2",
                "--paper", "full", "--parts", "compare,params,latency", "--latency-repeats", "3", "--work", tmp.resolve("work").toString(),
                "--out", report.toString());
        assertEquals("0", r[0], r[2]);
        String out = r[1];
        assertTrue(out.startsWith("# enecg bench\n"), out);
        assertTrue(out.contains("- load average during the run: "), out);
        assertTrue(out.contains("Data: bundled (12 records), 12 records; tasks: age, gender; experts: rhythm."), out);
        assertTrue(out.contains("| **median** |"), out);
        assertTrue(out.contains("Extrapolation check: the fold-1 sample predicted "), out);
        assertTrue(out.contains("**Ratio (b) / (a): "), out);
        assertTrue(out.contains("| rhythm | 0 |"), "a rule-based expert has no fitted parameters: " + out);
        assertTrue(out.contains("| expert rhythm | "), "the time of each part of one prediction: " + out);
        assertTrue(out.contains("One 10-s 12-lead record from its files to its prediction, one thread, warm: **median "), out);
        assertEquals(out, Files.readString(report));
        assertTrue(r[2].contains("(a) run 2/2"), r[2]);
        try (Stream<Path> left = Files.list(tmp.resolve("work"))) {
            assertEquals(0, left.count(), "caches are removed after each measurement");
        }
    }

    @Test
    void scalingRunsEachStageInAChildJvm(@TempDir Path tmp) throws Exception {
        String[] r = run("bench", "--records", "6", "--experts", "rhythm", "--tasks", "age", "--epochs", "1", "--repeats", "1",
                "--parts", "scaling", "--scales", "1,2", "--work", tmp.toString());
        assertEquals("0", r[0], r[2]);
        String out = r[1];
        assertTrue(out.contains("| 1× | 6 | "), out);
        assertTrue(out.contains("| 2× | 12 | "), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("| embed | ")), out);
        assertTrue(out.contains("An idle child JVM peaks at "), out);
        assertTrue(r[2].contains("scale 2×, run 1/1, predict: 12 records"), r[2]);
    }

    @Test
    void aBadOptionIsAUsageError() {
        String[] r = run("bench", "--parts", "everything");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--parts"), r[2]);
    }
}
