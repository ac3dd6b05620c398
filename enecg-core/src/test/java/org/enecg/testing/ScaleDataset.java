package org.enecg.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;

/**
 * A dataset of any size made from the bundled records without copying a signal: record {@code i} is a WFDB header of
 * its own whose signal lines name the signal file of one of the bundled 10-s 12-lead records at 500 Hz (298 of the
 * 320; MIMIC-IV-ECG's shape) by a relative path, with the ADC baseline shifted by {@code 1 + i / 298}, so every record decodes to other values (another content key, other expert outputs) while
 * the disk holds only headers (about 1 KB a record). The manifest carries the source record's labels and its own
 * subject per record. Used by the out-of-core heap test and the scale benchmark (docs/benchmarks/out-of-core.md):
 * <pre>
 * java -cp enecg-core/target/test-classes:enecg-core/target/enecg.jar org.enecg.testing.ScaleDataset 20000 /tmp/scale20k
 * </pre>
 */
public final class ScaleDataset {

    private static final Pattern GAIN = Pattern.compile("^([^(/]+)(?:\\((-?\\d+)\\))?(/.*)?$");

    private ScaleDataset() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScaleDataset <records> <out dir>   (run from the repository root)");
            System.exit(2);
        }
        Path manifest = write(Integer.parseInt(args[0]), Path.of(args[1]), Path.of("data/bundled/manifest.csv"));
        System.out.println(manifest);
    }

    /** Writes {@code n} records and {@code out/manifest.csv}; returns the manifest. */
    public static Path write(int n, Path out, Path sourceManifest) throws IOException {
        Manifest all = Manifest.read(sourceManifest);
        Manifest src = Manifest.of(all.baseDir(), all.labelColumns(),
                all.rows().stream().filter(r -> r.nSamples() == 5000 && r.fs() == 500 && r.leads().size() == 12).toList());
        Path records = out.resolve("records");
        Files.createDirectories(records);
        List<String> labels = List.of("age", "gender");
        List<String> lines = new ArrayList<>();
        lines.add("record_id,subject_id,path,fs,n_samples,leads,age,gender");
        for (int i = 0; i < n; i++) {
            ManifestRow row = src.rows().get(i % src.size());
            String name = String.format("s%06d", i);
            Path sourceHeader = src.recordPath(row).resolveSibling(src.recordPath(row).getFileName() + ".hea");
            Files.writeString(records.resolve(name + ".hea"), header(sourceHeader, name, records, 1 + i / src.size()));
            StringBuilder l = new StringBuilder(name).append(',').append(name).append(",records/").append(name).append(',')
                    .append(Manifest.formatNumber(row.fs())).append(',').append(row.nSamples()).append(',')
                    .append(String.join(" ", row.leads()));
            for (String c : labels) l.append(",").append(row.label(c));
            lines.add(l.toString());
        }
        Path m = out.resolve("manifest.csv");
        try (BufferedWriter w = Files.newBufferedWriter(m, StandardCharsets.UTF_8)) {
            for (String l : lines) w.write(l + "\n");
        }
        return m;
    }

    /** The source header renamed, its signal files named relative to {@code dir}, every baseline moved by {@code shift}. */
    static String header(Path source, String name, Path dir, int shift) throws IOException {
        List<String> in = Files.readAllLines(source);
        String[] first = in.get(0).trim().split("\\s+");
        int nSignals = Integer.parseInt(first[1]);
        first[0] = name;
        StringBuilder out = new StringBuilder(String.join(" ", first)).append('\n');
        for (int s = 1; s <= nSignals; s++) {
            String[] f = in.get(s).trim().split("\\s+");
            f[0] = dir.toAbsolutePath().relativize(source.resolveSibling(f[0]).toAbsolutePath()).toString();
            Matcher m = GAIN.matcher(f[2]);
            if (!m.matches()) throw new IOException(source + ": signal " + s + ": cannot read the gain field '" + f[2] + "'");
            long base = m.group(2) != null ? Long.parseLong(m.group(2)) : f.length > 4 ? Long.parseLong(f[4]) : 0;
            f[2] = m.group(1) + "(" + (base + shift) + ")" + (m.group(3) != null ? m.group(3) : "");
            out.append(String.join(" ", f)).append('\n');
        }
        for (int k = nSignals + 1; k < in.size(); k++) out.append(in.get(k)).append('\n');
        return out.toString();
    }
}
