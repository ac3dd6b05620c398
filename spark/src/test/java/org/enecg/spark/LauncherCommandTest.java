package org.enecg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enecg.cli.EnecgCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code enecg-spark embed} as ./enecg-spark runs it (its own JVM with the launcher's JVM options, local[2]), then
 * {@code enecg embed} on the same data and cache: every row is found, none computed.
 */
class LauncherCommandTest {

    @TempDir Path tmp;

    @Test
    void enecgEmbedAfterTheSparkRunComputesNothing() throws Exception {
        Path manifest = TestData.manifest(tmp, 10, 31);
        Path cache = tmp.resolve("cache");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "@spark/target/launcher/spark-jvm.options", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Denecg.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                EnecgSpark.class.getName(), "embed", "--master", "local[2]", "--data", manifest.toString(),
                "--cache", cache.toString(), "--experts", "rhythm,morphology", "--no-progress"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("records: 10, embedded 10 (0 from cache, 10 computed), skipped 0"), out);
        assertTrue(out.contains("spark:   local[2]"), out);

        CommandLine cl = EnecgCommand.commandLine();
        StringWriter embedOut = new StringWriter();
        cl.setOut(new PrintWriter(embedOut));
        int exit = cl.execute("embed", "--data", manifest.toString(), "--cache", cache.toString(),
                "--experts", "rhythm,morphology", "--no-progress", "--threads", "1");
        assertEquals(0, exit, embedOut.toString());
        assertTrue(embedOut.toString().contains("records: 10, embedded 10 (10 from cache, 0 computed), skipped 0"), embedOut.toString());
        assertTrue(Files.exists(cache.resolve("records.csv")));
    }
}
