package org.enecg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cli.EnecgCommand;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import picocli.CommandLine;

/**
 * What the serve tests share: a small model trained once per test JVM by {@code enecg train} on 24 bundled records
 * (12 LUDB, 12 CinC) with the three fastest built-in experts, and the bundled records the tests upload.
 */
final class ServeFixture {
    static final String EXPERTS = "rhythm,morphology,spectral";
    static final Path LUDB_1 = Path.of("data/bundled/ludb/data/1");
    static final Path CINC = Path.of("data/bundled/cinc2020-2021/torch_ecg-cinc2021/E07506");

    private static Path dir;
    private static Path model;

    private ServeFixture() {}

    /** The folder of this JVM's fixture files. */
    static synchronized Path dir() throws IOException {
        if (dir == null) dir = Files.createTempDirectory("enecg-serve-test");
        return dir;
    }

    /** The trained model file (trained on first use). */
    static synchronized Path model() throws IOException {
        if (model != null) return model;
        Path d = dir();
        Path manifest = d.resolve("train.csv");
        Manifest bundled = Manifest.read(Path.of("data/bundled/manifest.csv"));
        List<ManifestRow> rows = new ArrayList<>();
        int ludb = 0, cinc = 0;
        for (ManifestRow r : bundled.rows()) {
            boolean isLudb = r.recordId().startsWith("ludb/");
            if (isLudb ? ludb++ >= 12 : cinc++ >= 12) continue;
            rows.add(r.withPath(bundled.recordPath(r).toAbsolutePath().toString()));
        }
        Manifest.of(d, bundled.labelColumns(), rows).write(manifest);
        Path m = d.resolve("serve-test.enm");
        String out = cli("train", "--data", manifest.toString(), "--tasks", "age,gender,report_label", "--experts", EXPERTS,
                "--cache", d.resolve("cache").toString(), "--out", m.toString(), "--epochs", "4", "--head-width", "16",
                "--adaptation", "lora", "--gate-input", "constant");
        if (!Files.isRegularFile(m)) throw new IllegalStateException("training the test model failed: " + out);
        model = m;
        return m;
    }

    /** Runs the command line in-process; throws with its stderr when it fails. Returns stdout. */
    static String cli(String... args) {
        CommandLine cl = EnecgCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        if (exit != 0) throw new IllegalStateException("enecg " + String.join(" ", args) + " exited " + exit + ": " + err);
        return out.toString();
    }

    /** The record's files (header first, then its signal file). */
    static List<Path> files(Path record) throws IOException {
        Path header = record.resolveSibling(record.getFileName() + ".hea");
        List<Path> out = new ArrayList<>();
        out.add(header);
        for (String ext : List.of(".dat", ".mat")) {
            Path p = record.resolveSibling(record.getFileName() + ext);
            if (Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }
}
