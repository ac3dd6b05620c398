package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enecg.data.Manifest;

/**
 * What {@code --data D} means in every command: {@code bundled} (the bundled dataset), a manifest {@code .csv},
 * a folder holding {@code manifest.csv}, or a dataset folder (or JSON-lines file) whose format
 * {@link Importers#detect} recognises, imported on the fly (bad records are skipped; see {@link #importFor}).
 */
public final class Datasets {
    private Datasets() {}

    public static Manifest load(String data, RecordSource source) throws IOException {
        return importFor(data, source).manifest();
    }

    /** Like {@link #load} but keeps the skipped records and notes of an on-the-fly import for reporting. */
    public static ImportResult importFor(String data, RecordSource source) throws IOException {
        if (data.equals(BundledDataset.NAME)) return new ImportResult(BundledDataset.load(source), java.util.List.of(), java.util.List.of());
        Path p = Path.of(data);
        if (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return new ImportResult(Manifest.read(p), java.util.List.of(), java.util.List.of());
        }
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("manifest.csv"))) {
            return new ImportResult(Manifest.read(p.resolve("manifest.csv")), java.util.List.of(), java.util.List.of());
        }
        Importers.Format f = Importers.detect(p);
        return Importers.create(f, Importers.Options.defaults(), source).importFrom(p);
    }
}
