package org.enecg.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --data} and {@code --sources}, as the commands that fit a built-in expert's parameters take them (the records
 * to fit on, and the source databases to keep; the fitted file records which databases it saw).
 */
final class FitDataOptions {
    @Option(names = "--data", paramLabel = "<data>", description = "'bundled', a manifest or a dataset folder")
    String data = "bundled";

    @Option(names = "--sources", split = ",", paramLabel = "<database>", description = "fit only on records of these source "
            + "databases (e.g. those the pretrained experts were trained on, so that the others stay unseen by every expert)")
    List<String> sources = List.of();
}
