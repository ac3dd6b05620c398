package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enecg.testing.ScaleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embed}, {@code train} and {@code predict} over {@value #RECORDS} records in a child JVM whose heap
 * ({@value #HEAP}) is smaller than the rows themselves: the gate input alone is 20 KB a record (40 MB here), so a
 * path that holds the rows in memory cannot run (the cache before this design kept every row: its {@code embed} of these
 * records ran out of heap under -Xmx32m). The same
 * commands at 20,000 records under -Xmx384m: docs/benchmarks/out-of-core.md.
 */
class OutOfCoreHeapTest {

    static final int RECORDS = 2000;
    static final String HEAP = "-Xmx32m";

    @TempDir Path tmp;

    private String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + tmp, "-Denecg.home=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.enecg.cli.EnecgCommand"));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve(args[0] + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), args[0] + " did not finish");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), args[0] + " under " + HEAP + ":\n" + out.substring(Math.max(0, out.length() - 3000)));
        return out;
    }

    @Test
    void embedTrainAndPredictRunInAHeapSmallerThanTheirRows() throws Exception {
        Path d = tmp.resolve("data");
        Path manifest = ScaleDataset.write(RECORDS, d, Path.of("data/bundled/manifest.csv"));
        Path cache = tmp.resolve("cache");
        String embed = run("embed", "--data", manifest.toString(), "--experts", "rhythm,morphology", "--cache", cache.toString(),
                "--no-progress", "--threads", "2");
        assertTrue(embed.contains("embedded " + RECORDS), embed);
        Path model = tmp.resolve("model.enm");
        run("train", "--data", manifest.toString(), "--experts", "rhythm,morphology", "--tasks", "age,gender", "--cache", cache.toString(),
                "--out", model.toString(), "--epochs", "2", "--threads", "2");
        Path predictions = tmp.resolve("predictions.csv");
        run("predict", "--model", model.toString(), "--data", manifest.toString(), "--cache", cache.toString(), "--out", predictions.toString(),
                "--threads", "2");
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(RECORDS + 1, lines.size());
        assertTrue(lines.get(0).startsWith("record_id,quality,quality_reasons,age,gender"), lines.get(0));
    }
}
