package org.enecg.cli;

import picocli.CommandLine.Option;

/** {@code --data}: which dataset, as every command that reads data takes it. */
public final class DataOption {
    @Option(names = "--data", required = true, paramLabel = "<data>",
            description = "'bundled', a manifest (.csv, or a folder holding manifest.csv), or a dataset folder that"
                    + " 'enecg import' recognises (imported on the fly).")
    String data;
}
