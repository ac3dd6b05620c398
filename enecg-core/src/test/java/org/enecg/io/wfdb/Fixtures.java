package org.enecg.io.wfdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Paths of the copied wfdb-python sample data and parsed rdsamp/rdann outputs (see the README beside them). */
final class Fixtures {
    private Fixtures() {}

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/org/enecg/io/wfdb/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record or file under {@code sample-data/}. */
    static Path sample(String name) { return root().resolve("sample-data").resolve(name); }

    /** The bundled datasets of the repository ({@code data/bundled}). */
    static Path bundled(String name) { return Path.of("data/bundled").resolve(name); }

    /** Lines of a file under {@code target-output/}, gunzipped if it ends in .gz. */
    static List<String> targetLines(String name) throws IOException {
        Path p = root().resolve("target-output").resolve(name);
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line);
            return out;
        }
    }

    /** An rdsamp table: one row per sample, whitespace separated; {@code -} (an invalid sample) becomes NaN. */
    static double[][] table(String name) throws IOException {
        List<String> lines = targetLines(name);
        double[][] rows = new double[lines.size()][];
        for (int i = 0; i < rows.length; i++) {
            String[] f = lines.get(i).trim().split("\\s+");
            rows[i] = new double[f.length];
            for (int j = 0; j < f.length; j++) rows[i][j] = f[j].equals("-") ? Double.NaN : Double.parseDouble(f[j]);
        }
        return rows;
    }

    static double[] column(double[][] table, int c) {
        double[] out = new double[table.length];
        for (int i = 0; i < out.length; i++) out[i] = table[i][c];
        return out;
    }
}
