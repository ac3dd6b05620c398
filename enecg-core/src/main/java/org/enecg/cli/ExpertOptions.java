package org.enecg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.pipeline.Pipeline;
import picocli.CommandLine.Option;

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

    /** The cache folder: the one given, or the installation's default. */
    Path cache() { return cache != null ? cache : Pipeline.defaultCache(Cli.home()); }
}
