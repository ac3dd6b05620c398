package org.enecg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.enecg.pipeline.PreparedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg run}: the main job, on the bundled data. */
@Command(name = "run", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "The main job: cross-validate EnECG on the bundled data and write the report.",
        description = {"Bundled data (200 LUDB + 120 CinC records), every task its labels support (rr_interval, age, gender,"
                + " report_label, conduction_abnormality), 3 folds by subject, seed 42, the default experts; each pretrained"
                + " (model-card) expert is also left out once to show what it adds, and metrics are repeated on the records no"
                + " expert can have seen in training (LUDB and the other unseen sources).",
                "Same as: enecg evaluate --data bundled --folds 3 --seed 42 --out runs/bundled --ablate <every card expert>.",
                "The embedding cache (default runs/cache) makes the second run fast."})
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ExpertOptions experts;

    @Option(names = "--out", paramLabel = "<dir>", description = "Report folder (default: runs/bundled in the installation).")
    Path out;

    @Override
    public Integer call() throws Exception {
        experts.check(spec.commandLine());
        Path dir = out != null ? out : Cli.home().resolve("runs/bundled");
        PreparedData.Request req = new PreparedData.Request("bundled", List.of(), experts.experts, experts.cache(), experts.threads, Cli.home());
        return EvaluateCommand.evaluate(spec, req, 3, List.of(), 42, new TrainingOptions(), dir, true);
    }
}
