package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.data.BatchResult.Skipped;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;

/**
 * The bundled dataset ({@code --data bundled}): LUDB (200 records) and the CinC 2020/2021 records under
 * {@code data/bundled}, as one manifest, {@code data/bundled/manifest.csv}. The manifest is committed; a test
 * regenerates it with {@link #generate} and requires the same bytes. Record and subject ids carry the source as a
 * prefix ({@code ludb/1}, {@code cinc/A0001}) so they are unique across sources.
 */
public final class BundledDataset {
    public static final String NAME = "bundled";
    /** Label columns of the bundled manifest, in order. */
    public static final List<String> COLUMNS =
            List.of("rr_interval", "age", "gender", "conduction_abnormality", "report_label", "dx");

    private BundledDataset() {}

    /**
     * The {@code data/bundled} folder: under the {@code enecg.home} system property (set by the launcher),
     * else found from the working directory upwards.
     */
    public static Path root() throws IOException {
        String home = System.getProperty("enecg.home");
        if (home != null && Files.isDirectory(Path.of(home, "data", "bundled"))) return Path.of(home, "data", "bundled");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path b = p.resolve("data").resolve("bundled");
            if (Files.isRegularFile(b.resolve("README.md")) && Files.isDirectory(b.resolve("ludb"))) return b;
        }
        throw new IOException("bundled data not found: no data/bundled under the enecg.home property or above "
                + Path.of("").toAbsolutePath());
    }

    public static Path manifestPath() throws IOException { return root().resolve("manifest.csv"); }

    /** Reads the committed manifest; when it is missing, generates and writes it first. */
    public static Manifest load(RecordSource source) throws IOException {
        Path m = manifestPath();
        if (!Files.isRegularFile(m)) {
            ImportResult r = generate(source);
            r.manifest().write(m);
        }
        return Manifest.read(m);
    }

    /** Imports LUDB and CinC from the bundled folders into one manifest (paths relative to data/bundled). */
    public static ImportResult generate(RecordSource source) throws IOException {
        Path root = root();
        ImportResult ludb = new LudbImporter(source).importFrom(root.resolve("ludb"));
        ImportResult cinc = new CincImporter(source).importFrom(root.resolve("cinc2020-2021"));
        List<ManifestRow> rows = new ArrayList<>();
        for (ManifestRow r : ludb.manifest().rows()) {
            rows.add(r.withPrefix("ludb/").withPath(Manifest.relativePath(root, ludb.manifest().recordPath(r))));
        }
        for (ManifestRow r : cinc.manifest().rows()) {
            rows.add(r.withPrefix("cinc/").withPath(Manifest.relativePath(root, cinc.manifest().recordPath(r))));
        }
        List<Skipped> skipped = new ArrayList<>(ludb.skipped());
        skipped.addAll(cinc.skipped());
        List<Skipped> notes = new ArrayList<>(ludb.notes());
        notes.addAll(cinc.notes());
        return new ImportResult(Manifest.of(root, COLUMNS, rows), skipped, notes);
    }
}
