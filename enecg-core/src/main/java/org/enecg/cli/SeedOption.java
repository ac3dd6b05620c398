package org.enecg.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the run seed (folds, initial weights, shuffling, dropout). */
public final class SeedOption {
    @Option(names = "--seed", paramLabel = "<seed>", description = "Run seed: same seed, same results.")
    long seed = 42;
}
