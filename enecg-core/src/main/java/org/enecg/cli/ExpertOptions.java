package org.enecg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.ExpertRegistry;
import org.enecg.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which experts, and where their outputs are cached: shared by the commands that embed records. */
public final class ExpertOptions {
    @Option(names = "--experts", split = ",", paramLabel = "<expert>",
            description = "Experts by name (see 'enecg embed --list') or model-card path; default: the default set.")
    List<String> experts = new ArrayList<>();

    @Option(names = "--cache", paramLabel = "<dir>",
            description = "The embedding cache folder (default: runs/cache in the installation). Experts run only on"
                    + " records the cache lacks.")
    Path cache;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads (records embedded and models trained in parallel).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Refuses an unknown expert name or missing card, and fewer than one thread, before any work (exit 2). */
    void check(CommandLine cl) throws IOException { check(cl, experts, threads); }

    /** {@link #check(CommandLine)} for commands with options of their own. */
    static void check(CommandLine cl, List<String> experts, int threads) throws IOException {
        if (threads < 1) throw new ParameterException(cl, "--threads must be at least 1, found " + threads);
        List<String> known = ExpertRegistry.standard(Cli.home()).names();
        for (String e : experts) {
            if (!known.contains(e) && !Files.isRegularFile(Path.of(e))) {
                throw new ParameterException(cl, "--experts: unknown expert '" + e + "'; known: " + String.join(", ", known)
                        + ", or the path of a model card (.json)");
            }
        }
    }

    /** The cache folder: the one given, or the installation's default. */
    Path cache() { return cache != null ? cache : Pipeline.defaultCache(Cli.home()); }
}
