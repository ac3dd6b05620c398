package org.enecg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enecg.cache.ExpertRegistry;
import org.enecg.data.importer.Datasets;
import org.enecg.data.importer.ImportResult;
import org.enecg.data.importer.WfdbSource;
import picocli.CommandLine.Option;

/**
 * What to embed and where to keep it: the options of {@code enecg embed}, shared with {@code enecg-spark embed} so
 * both accept the same data, experts and cache.
 */
public final class EmbedOptions {
    @Option(names = "--data", required = true, paramLabel = "<data>",
            description = "'bundled', a manifest (.csv, or a folder holding manifest.csv), a dataset folder that"
                    + " 'enecg import' recognises (imported on the fly, headers only), or a .txt/.list file of header"
                    + " paths (one per line, relative to the file).")
    String data;

    @Option(names = "--experts", split = ",", paramLabel = "<expert>",
            description = "Experts by name (see --list) or model-card path; default: the default set.")
    List<String> experts = new ArrayList<>();

    @Option(names = "--cache", required = true, paramLabel = "<dir>", description = "The embedding cache folder.")
    Path cache;

    @Option(names = "--no-gate", description = "Do not cache the gate input (lead II, 10 s at 500 Hz, record z-score).")
    boolean noGate;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--list", description = "List the experts this installation knows and exit.")
    boolean list;

    public String data() { return data; }

    public Path cache() { return cache; }

    public boolean gate() { return !noGate; }

    public boolean progress() { return !noProgress; }

    public boolean list() { return list; }

    /** The experts asked for, or the registry's default set. */
    public List<String> expertNames(ExpertRegistry registry) {
        return experts.isEmpty() ? registry.defaultNames() : List.copyOf(experts);
    }

    /** The file of header paths that --data names, when it is one ({@code .txt} or {@code .list}). */
    public Optional<Path> headerList() {
        Path p = Path.of(data);
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".txt") || name.endsWith(".list")) ? Optional.of(p) : Optional.empty();
    }

    /** The manifest --data resolves to (the project's --data contract), with the records its import skipped. */
    public ImportResult manifest() throws IOException {
        return Datasets.importFor(data, new WfdbSource(false));
    }
}
